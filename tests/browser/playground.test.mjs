// Browser tests of the playground: www/ served by a tiny static server, driven by
// playwright-core with Debian's Chromium (headless). Run with scripts/test_browser.sh or
// `npm run test:browser`, after `npm run build:wasm`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, browser, server, pageErrors, terminalText, openPage, runScript, shot, nodeOutput, clickTerminalText, RUN_TIMEOUT, STORE_KEY } from './harness.mjs';

useBrowser();

/** Types `text` into the CodeMirror editor (replacing what it holds), as a user would. */
async function setEditor(page, text) {
  await page.fill('#editor .cm-content', text);
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), text);
}

test('hello world: the default files run, lib.js is required, stderr is coloured', async () => {
  const page = await openPage();
  const { code, output } = await runScript(page);
  await shot(page, 'hello');
  assert.equal(code, '0');
  assert.match(output, /Hello, world!/);
  assert.match(output, /node v20\.\d+\.\d+ on linux, cwd \/home\/user/);
  assert.match(output, /warnings go to stderr/);
  assert.equal(await page.evaluate(() => window.__rjs.written(2)), '\x1b[33mwarnings go to stderr\x1b[0m\n');
  const yellow = await page.$$eval('#output .xterm-rows span.xterm-fg-3', (s) => s.map((e) => e.textContent).join(''));
  assert.match(yellow, /warnings go to stderr/, 'stderr with an ANSI colour is drawn in that colour');
  await page.context().close();
});

test('multi-file: a file added in the page is require()d by main.js', async () => {
  const page = await openPage({ files: { 'main.js': '' }, active: 'main.js' });
  page.once('dialog', (d) => d.accept('math.js'));
  await page.click('#add-file');
  await page.waitForSelector('#files li.active[data-name="math.js"]');
  await setEditor(page, 'exports.add = (a, b) => a + b;\nexports.name = __filename;\n');
  await page.click('#files li[data-name="main.js"]');
  await setEditor(page, "const m = require('./math');\nconsole.log('sum', m.add(2, 3), m.name);\n");
  const { code, output } = await runScript(page);
  await shot(page, 'multi-file');
  assert.equal(code, '0');
  assert.match(output, /sum 5 \/home\/user\/math\.js/);
  await page.context().close();
});

test("a syntax error shows node's SyntaxError report and exit code 1", async () => {
  const page = await openPage({ files: { 'main.js': 'console.log("never");\nlet x = ;\n' }, active: 'main.js' });
  const { code, output } = await runScript(page);
  await shot(page, 'syntax-error');
  assert.equal(code, '1');
  assert.match(output, /SyntaxError: /);
  assert.doesNotMatch(output, /never/);
  assert.match(await page.textContent('#status'), /exited with code 1/);
  assert.equal(await page.$eval('#status', (e) => getComputedStyle(e).color), 'rgb(224, 108, 117)', 'a failed run is in red');
  await page.context().close();
});

test('Stop ends while(true){} and the next run works; the status says when a run is stuck busy', async () => {
  const page = await openPage({
    files: { 'main.js': "setTimeout(() => {\n  console.log('spinning');\n  while (true) {}\n}, 3500);\n" },
    active: 'main.js',
  });
  await page.click('#run');
  await page.waitForFunction(() => window.__rjs.terminalText().includes('spinning'), null, {
    timeout: RUN_TIMEOUT,
  });
  assert.equal(await page.textContent('#status'), 'running…', 'waiting for a timer is not busy');
  await page.waitForFunction(() => /busy for \d+ s .*Stop or Esc ends it/.test(document.getElementById('status').textContent));
  assert.equal(await page.getAttribute('body', 'data-state'), 'running');
  await page.click('#stop');
  await page.waitForSelector('body[data-state="idle"][data-exit-code="stopped"]', { timeout: 5000 });
  await shot(page, 'stopped');
  assert.match(await terminalText(page), /\[stopped\]/);
  await setEditor(page, "console.log('after stop');\n");
  const { code, output } = await runScript(page);
  assert.equal(code, '0');
  assert.match(output, /after stop/);
  await page.context().close();
});

/** The project the page keeps in IndexedDB (database 'rjs-playground', store 'state'). */
const storedProject = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('rjs-playground');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const get = open.result.transaction('state').objectStore('state').get('project');
    get.onsuccess = () => { resolve(get.result ?? null); open.result.close(); };
    get.onerror = () => reject(get.error);
  };
}));

test('files persist across a reload (IndexedDB)', async () => {
  const page = await openPage();
  const text = `// saved ${Date.now()}\nconsole.log('persisted');\n`;
  await setEditor(page, text);
  await page.waitForTimeout(600); // the save is debounced
  assert.equal((await storedProject(page)).files['main.js'], text);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY), null);
  await page.reload();
  await page.waitForSelector('body[data-state="idle"]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), text);
  assert.match(await page.textContent('#editor .cm-content'), /persisted/);
  const names = await page.$$eval('#files li', (lis) => lis.map((li) => li.dataset.name));
  assert.deepEqual(names, ['main.js', 'lib.js']);
  const { output } = await runScript(page);
  assert.match(output, /persisted/);
  await page.context().close();
});

test('an edit typed just before a reload is kept', async () => {
  const page = await openPage();
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// typed, then reloaded at once\n');
  const text = await page.evaluate(() => window.__rjs.editorText());
  await page.reload(); // within the save's debounce
  await page.waitForSelector('body[data-state="idle"]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), text);
  await page.waitForFunction((k) => localStorage.getItem(k) === null, STORE_KEY); // moved to IndexedDB
  assert.equal((await storedProject(page)).files['main.js'], text);
  await page.context().close();
});

test("Ctrl+S saves at once and says so (not the browser's Save page dialog)", async () => {
  const page = await openPage({ files: { 'main.js': "console.log('a');\n" }, active: 'main.js' });
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// b\n');
  await page.evaluate(() => {
    window.sKeyPrevented = new Promise((resolve) => {
      addEventListener('keydown', (e) => { if (e.key.toLowerCase() === 's') resolve(e.defaultPrevented); });
    });
  });
  const saved = page.evaluate(() => window.sKeyPrevented);
  await page.keyboard.press('Control+S');
  assert.equal(await saved, true, 'the browser does not get Ctrl+S');
  assert.match(await page.textContent('#status'), /^saved/);
  assert.equal((await storedProject(page)).files['main.js'], "console.log('a');\n// b\n");
  await page.context().close();
});

const FS_SCRIPT = `const fs = require('fs');
const path = require('path');
const codeOf = (f) => { try { f(); return 'ok'; } catch (e) { return e.code + ' ' + e.syscall; } };
fs.writeFileSync('a.txt', 'hello');
fs.appendFileSync('a.txt', ' world\\n');
console.log(JSON.stringify(fs.readFileSync('a.txt', 'utf8')));
console.log(fs.readFileSync('data.json', 'utf8').trim(), require('./data.json').n);
fs.mkdirSync('d/e/f', { recursive: true });
fs.writeFileSync('d/e/f/g.txt', Buffer.from([1, 2, 3]));
console.log(fs.readdirSync('d/e/f'), fs.readdirSync('d', { withFileTypes: true }).map((e) => [e.name, e.isDirectory()]));
const st = fs.statSync('d/e/f/g.txt');
console.log(st.size, st.isFile(), st.isDirectory(), (st.mode & 0o777).toString(8), fs.statSync('d').isDirectory());
console.log(codeOf(() => fs.readFileSync('nope.txt')), codeOf(() => fs.mkdirSync('d')), codeOf(() => fs.rmdirSync('d')));
console.log(codeOf(() => fs.readdirSync('a.txt')), codeOf(() => fs.unlinkSync('d')), codeOf(() => fs.readFileSync('d')));
fs.renameSync('a.txt', 'd/b.txt');
console.log(fs.existsSync('a.txt'), fs.existsSync('d/b.txt'));
const fd = fs.openSync('d/b.txt', 'r+');
fs.writeSync(fd, 'J', 6);
const buf = Buffer.alloc(5);
fs.readSync(fd, buf, 0, 5, 6);
fs.ftruncateSync(fd, 8);
fs.closeSync(fd);
console.log(buf.toString(), JSON.stringify(fs.readFileSync('d/b.txt', 'latin1')));
fs.symlinkSync('b.txt', 'd/link');
console.log(fs.readlinkSync('d/link'), fs.lstatSync('d/link').isSymbolicLink(), fs.readFileSync('d/link', 'utf8'));
console.log(path.relative(process.cwd(), fs.realpathSync('d/link')));
fs.copyFileSync('d/b.txt', 'copy.txt');
console.log(codeOf(() => fs.copyFileSync('d/b.txt', 'copy.txt', fs.constants.COPYFILE_EXCL)));
fs.rmSync('d', { recursive: true });
console.log(fs.existsSync('d'), fs.readdirSync('.').sort());
fs.promises.writeFile('p.txt', 'promised').then(() => fs.promises.readFile('p.txt', 'utf8')).then((t) => {
  fs.readFile('p.txt', (err, b) => console.log(t, err, b.length));
});
`;

test("a project saved by earlier versions (localStorage) moves to IndexedDB", async () => {
  const files = { 'main.js': "console.log('from localStorage', require('./old').v);\n", 'old.js': 'exports.v = 42;\n' };
  const page = await openPage({ files, active: 'old.js' }); // written under the old key, then reloaded
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), files['old.js']);
  assert.deepEqual(await storedProject(page), { files, active: 'old.js' });
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY), null, 'the old copy is removed');
  await page.reload();
  await page.waitForSelector('body[data-state="idle"]', { timeout: RUN_TIMEOUT });
  const names = await page.$$eval('#files li', (lis) => lis.map((li) => li.dataset.name));
  assert.deepEqual(names, ['main.js', 'old.js']);
  const { output } = await runScript(page);
  assert.match(output, /from localStorage 42/);
  await page.context().close();
});

test('fs: the in-memory file system behaves like node on Linux', async () => {
  const files = { 'main.js': FS_SCRIPT, 'data.json': '{"n": 7}\n' };
  const expected = nodeOutput(files);
  const page = await openPage({ files, active: 'main.js' });
  const { code, output } = await runScript(page);
  await shot(page, 'fs');
  assert.equal(code, '0', output);
  assert.equal(output.replace(/\n+$/, ''), expected.replace(/\n+$/, ''));
  await page.context().close();
});

test('timers, events and ES modules examples print what node prints', async () => {
  const { examples } = await import('../../www/examples.js');
  for (const name of ['timers', 'events', 'modules']) {
    const files = examples[name].files;
    const page = await openPage({ files, active: 'main.js' });
    const { code, output } = await runScript(page);
    await shot(page, name);
    assert.equal(code, '0', output);
    const plain = (s) => s.replace(/\x1b\[[0-9;]*m/g, '').replace(/\n+$/, '');
    assert.equal(plain(output), plain(nodeOutput(files)), name);
    await page.context().close();
  }
});

test('process.exit(3) ends the run with code 3', async () => {
  const page = await openPage({
    files: { 'main.js': "process.on('exit', (c) => console.log('exit', c));\nsetTimeout(() => console.log('never'), 50);\nprocess.exit(3);\n" },
    active: 'main.js',
  });
  const { code, output } = await runScript(page);
  assert.equal(code, '3');
  assert.equal(output.trim(), 'exit 3');
  await page.context().close();
});

test('a share link carries the files to a fresh browser profile', async () => {
  const page = await openPage({ files: { 'main.js': "console.log(require('./x').v);\n", 'x.js': 'exports.v = "shared!";\n' }, active: 'main.js' });
  await page.click('#share');
  await page.waitForFunction(() => location.hash.startsWith('#code='));
  const url = page.url();
  await page.context().close();
  const fresh = await browser.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(url);
  await p2.waitForSelector('body[data-state="idle"]', { timeout: RUN_TIMEOUT });
  assert.equal(new URL(p2.url()).hash, '', 'the hash is dropped once imported');
  const { output } = await runScript(p2);
  await shot(p2, 'share');
  assert.match(output, /shared!/);
  await fresh.close();
});

test('ANSI colours are rendered by the terminal, not printed as escapes', async () => {
  const page = await openPage({ files: { 'main.js': "console.log('\\x1b[31mred\\x1b[0m plain \\x1b[1;32mbold green\\x1b[0m');\n" }, active: 'main.js' });
  const { code, output } = await runScript(page);
  await shot(page, 'ansi');
  assert.equal(code, '0');
  assert.equal(output.trim(), 'red plain bold green');
  const spans = await page.$$eval('#output .xterm-rows span', (s) => s.map((e) => [e.className, e.textContent]));
  const red = spans.filter(([c]) => /\bxterm-fg-1\b/.test(c)).map(([, t]) => t).join('');
  const green = spans.filter(([c]) => /\bxterm-fg-(2|10)\b/.test(c) && /\bxterm-bold\b/.test(c)).map(([, t]) => t).join('');
  assert.equal(red, 'red');
  assert.equal(green, 'bold green');
  assert.doesNotMatch(await page.textContent('#output'), /\x1b|\[31m/);
  const color = await page.$eval('#output .xterm-rows span.xterm-fg-1', (e) => getComputedStyle(e).color);
  assert.notEqual(color, await page.$eval('#output .xterm-rows', (e) => getComputedStyle(e).color), 'red is another colour');
  await page.context().close();
});

test('Ctrl+Enter in the editor runs main.js (and inserts no line)', async () => {
  const page = await openPage({ files: { 'main.js': "console.log('via keyboard');\n" }, active: 'main.js' });
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('body[data-state="idle"][data-exit-code="0"]', { timeout: RUN_TIMEOUT });
  assert.match(await terminalText(page), /via keyboard/);
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), "console.log('via keyboard');\n");
  await page.context().close();
});

test('keyboard and screen readers: files open from the keyboard, controls have names, the status is announced', async () => {
  const page = await openPage({ files: { 'main.js': "console.log('m');\n", 'lib.js': 'exports.x = 1;\n' }, active: 'main.js' });
  await page.focus('#add-file');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // main.js, lib.js, its delete button: Shift+Tab back
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'lib.js');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('#editor-title'), 'lib.js');
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), 'exports.x = 1;\n');
  assert.ok(await page.evaluate(() => document.activeElement.closest('#editor')), 'the chosen file is ready to edit');
  assert.equal(await page.getAttribute('#files li[data-name="lib.js"] .name', 'aria-current'), 'true');
  const names = await page.locator('body').ariaSnapshot();
  for (const name of ['button "New file"', 'button "Delete lib.js"', 'textbox "Code editor', 'navigation "Files"']) {
    assert.ok(names.includes(name), `${name} in\n${names}`);
  }
  assert.equal(await page.getAttribute('#status', 'role'), 'status');
  await page.context().close();
});

test("choosing an example asks before it replaces the user's own files", async () => {
  const { examples } = await import('../../www/examples.js');
  const page = await openPage({ files: { 'main.js': "console.log('mine');\n" }, active: 'main.js' });
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); if (dialogs.length === 1) d.dismiss(); else d.accept(); });
  await page.selectOption('#examples', 'events');
  assert.match(dialogs[0], /Replace your files with the "Events" example\?/);
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), "console.log('mine');\n", 'kept when declined');
  await page.selectOption('#examples', 'events');
  assert.equal(dialogs.length, 2);
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), examples.events.files['main.js']);
  // An example's files as given are no loss: the next example replaces them without asking.
  await page.selectOption('#examples', 'timers');
  assert.equal(dialogs.length, 2);
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), examples.timers.files['main.js']);
  await page.context().close();
});

test('on a phone-sized screen the page fits its width: files, editor and output one above the other', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="idle"]', { timeout: RUN_TIMEOUT });
  const { code, output } = await runScript(page);
  await shot(page, 'phone');
  assert.equal(code, '0');
  assert.match(output, /Hello, world!/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
  for (const sel of ['#run', '#examples', '#files', '#editor', '#output']) {
    const box = await page.locator(sel).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390 && box.width > 0, `${sel} on screen: ${JSON.stringify(box)}`);
  }
  await context.close();
});

test("an error report's file:line references open that line in the editor", async () => {
  const page = await openPage({
    files: {
      'main.js': "const { check } = require('./lib');\nconsole.log('checking');\ncheck(-1);\n",
      'lib.js': "exports.check = (n) => {\n  if (n < 0) {\n    throw new RangeError('negative: ' + n);\n  }\n};\n",
    },
    active: 'lib.js',
  });
  const { code, output } = await runScript(page);
  assert.equal(code, '1');
  assert.match(output, /at Object\.<anonymous> \(\/home\/user\/main\.js:3:1\)/);
  await clickTerminalText(page, '/home/user/main.js:3:1');
  await page.waitForFunction(() => document.getElementById('editor-title').textContent === 'main.js');
  assert.equal(await page.textContent('#editor .cm-activeLine'), 'check(-1);');
  await clickTerminalText(page, '/home/user/lib.js:3'); // the report's first line, no column
  await page.waitForFunction(() => document.getElementById('editor-title').textContent === 'lib.js');
  assert.equal((await page.textContent('#editor .cm-activeLine')).trim(), "throw new RangeError('negative: ' + n);");
  assert.ok(await page.evaluate(() => document.activeElement.closest('#editor')), 'ready to fix');
  await page.context().close();
});

test('a file renamed in the tree is required by its new name (main.js has no rename)', async () => {
  const page = await openPage({
    files: { 'main.js': "console.log(require('./helpers').twice(21));\n", 'helper.js': 'exports.twice = (n) => n * 2;\n' },
    active: 'helper.js',
  });
  let run = await runScript(page);
  assert.equal(run.code, '1');
  assert.match(run.output, /Cannot find module '\.\/helpers'/);
  assert.equal(await page.locator('#files li[data-name="main.js"] .rename').count(), 0);
  page.once('dialog', (d) => d.accept('helpers.js'));
  await page.hover('#files li[data-name="helper.js"]');
  await page.click('#files li[data-name="helper.js"] .rename');
  await page.waitForSelector('#files li.active[data-name="helpers.js"]');
  assert.equal(await page.textContent('#editor-title'), 'helpers.js');
  assert.deepEqual(Object.keys((await storedProject(page)).files).sort(), ['helpers.js', 'main.js']);
  run = await runScript(page);
  assert.equal(run.code, '0');
  assert.match(run.output, /^42$/m);
  await page.context().close();
});

test('another script of the project runs on its own with its Run button, as node FILE would', async () => {
  const files = {
    'main.js': "console.log('main');\n",
    'ex2.js': "console.log('ex2', process.argv[1], require.main === module, require('./data.json').n);\n",
    'data.json': '{"n": 2}\n',
  };
  const page = await openPage({ files, active: 'main.js' });
  assert.equal(await page.isHidden('#run-file'), true, 'main.js has the main Run button');
  await page.click('#files li[data-name="data.json"]');
  assert.equal(await page.isHidden('#run-file'), true, 'data.json is no script');
  await page.click('#files li[data-name="ex2.js"]');
  assert.equal(await page.textContent('#run-file'), '▶ Run ex2.js');
  await page.click('#run-file');
  await page.waitForSelector('body[data-state="idle"][data-exit-code="0"]', { timeout: RUN_TIMEOUT });
  assert.equal(await terminalText(page), 'ex2 /home/user/ex2.js true 2\n');
  const { output } = await runScript(page); // the main Run button still runs main.js
  assert.equal(output, 'main\n');
  await page.context().close();
});

test('no uncaught errors in the page', () => {
  assert.deepEqual(pageErrors, []);
});
