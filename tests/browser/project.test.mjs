// Browser tests of the playground's start-up and of what a run leaves in the project: the
// worker bootstraps a runtime before Run is clicked (the script still sees its own argv, cwd and
// clocks starting at Run), files the script writes in its project directory join the file tree
// and persist, and a synchronous stdin read with nothing typed fails as node's does on a
// non-blocking stdin, with a note saying why. Run with scripts/test_browser.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, runScript, terminalText, shot, nodeOutput, RUN_TIMEOUT, pageErrors } from './harness.mjs';

useBrowser();

const openProject = (files) => openPage({ files, active: 'main.js' });
const marks = (page) => page.evaluate(() => window.__rjs.marks().map(([name]) => name));
const treeNames = (page) => page.$$eval('#files li', (lis) => lis.map((li) => li.dataset.name));
const savedFiles = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('rjs-playground', 1);
  req.onsuccess = () => {
    const get = req.result.transaction('state').objectStore('state').get('project');
    get.onsuccess = () => resolve(get.result.files);
    get.onerror = () => reject(get.error);
  };
  req.onerror = () => reject(req.error);
}));

const ENV = `console.log(JSON.stringify(process.argv));
console.log(process.cwd(), __filename, process.execPath);
console.log('uptime under a second:', process.uptime() < 1);
console.log('performance.now under a second:', performance.now() < 1000);
const [s] = process.hrtime();
console.log('hrtime', typeof s);
const t0 = Date.now();
setTimeout(() => console.log('the timer waited:', Date.now() - t0 >= 95), 100);
`;

test('start-up: the runtime is bootstrapped before Run; the script still gets its argv, cwd and fresh clocks', async () => {
  const files = { 'main.js': ENV };
  const page = await openProject(files);
  // Prepared well before the click: the clocks must start at Run, not at the bootstrap.
  await page.waitForFunction(() => window.__rjs.marks().some(([n]) => n === 'w: prepared'), null, { timeout: RUN_TIMEOUT });
  await page.waitForTimeout(1500);
  const first = await runScript(page);
  assert.equal(first.code, '0');
  const m = await marks(page);
  assert.ok(m.indexOf('w: prepared') < m.indexOf('w: run msg'), `bootstrap before the run: ${m.join(', ')}`);
  const expected = [
    JSON.stringify(['/usr/local/bin/node', '/home/user/main.js']),
    '/home/user /home/user/main.js /usr/local/bin/node',
    'uptime under a second: true',
    'performance.now under a second: true',
    'hrtime number',
    'the timer waited: true',
  ].join('\n') + '\n';
  assert.equal(await page.evaluate(() => window.__rjs.written(1)), expected);
  // The next run's worker (started during the first) is prepared too.
  await page.waitForTimeout(1500);
  const second = await runScript(page);
  assert.equal(second.code, '0');
  assert.equal(await page.evaluate(() => window.__rjs.written(1)), expected);
  await page.context().close();
});

const WRITER = `const fs = require('fs');
fs.writeFileSync('out.txt', 'written by the script\\n');
fs.mkdirSync('data', { recursive: true });
fs.writeFileSync('data/result.json', JSON.stringify({ ok: true }));
fs.appendFileSync('notes.txt', 'run\\n');
if (fs.existsSync('old.txt')) fs.unlinkSync('old.txt');
fs.writeFileSync('binary.bin', Buffer.from([0xff, 0xfe, 0x00]));
fs.writeFileSync('/tmp/scratch.txt', 'not in the project');
console.log(fs.readFileSync('notes.txt', 'utf8').split('\\n').length - 1, 'runs');
`;

test('files the script writes in the project join the file tree and persist across reloads', async () => {
  const files = { 'main.js': WRITER, 'notes.txt': '', 'old.txt': 'remove me' };
  const page = await openProject(files);
  const { code, output } = await runScript(page);
  assert.equal(code, '0');
  assert.match(output, /^1 runs$/m);
  await page.waitForSelector('#files li[data-name="out.txt"]');
  await shot(page, 'files-written');
  assert.deepEqual((await treeNames(page)).sort(), ['data/result.json', 'main.js', 'notes.txt', 'out.txt']);
  const saved = await savedFiles(page);
  assert.equal(saved['out.txt'], 'written by the script\n');
  assert.equal(saved['data/result.json'], '{"ok":true}');
  assert.equal(saved['notes.txt'], 'run\n');
  assert.equal(saved['old.txt'], undefined);
  // The written file opens in the editor.
  await page.click('#files li[data-name="out.txt"]');
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), 'written by the script\n');
  // After a reload the files are still there, and the next run sees them (as on a disk).
  await page.reload();
  await page.waitForSelector('body[data-state="idle"]', { timeout: RUN_TIMEOUT });
  assert.deepEqual((await treeNames(page)).sort(), ['data/result.json', 'main.js', 'notes.txt', 'out.txt']);
  await page.click('#files li[data-name="main.js"]');
  const again = await runScript(page);
  assert.equal(again.code, '0');
  assert.match(again.output, /^2 runs$/m);
  await page.context().close();
});

test('a long-running script: files it writes show up while it runs', async () => {
  const page = await openProject({
    'main.js': "let n = 0;\nsetInterval(() => require('fs').writeFileSync('tick.txt', String(++n)), 100);\n",
  });
  await page.click('#run');
  await page.waitForSelector('#files li[data-name="tick.txt"]', { timeout: 10_000 });
  await page.click('#stop');
  const saved = await savedFiles(page);
  assert.match(saved['tick.txt'], /^\d+$/);
  await page.context().close();
});

test('a run adds at most 200 new files to the project', async () => {
  const page = await openProject({
    'main.js': "require('fs').mkdirSync('many');\nfor (let i = 0; i < 205; i++) require('fs').writeFileSync(`many/f${i}.txt`, String(i));\n",
  });
  const { code } = await runScript(page);
  assert.equal(code, '0');
  await page.waitForSelector('#files li[data-name^="many/"]');
  const names = await treeNames(page);
  assert.equal(names.filter((n) => n.startsWith('many/')).length, 200);
  await page.context().close();
});

test('stdin: a synchronous read with nothing typed fails with EAGAIN and the page says why', async () => {
  const page = await openProject({
    'main.js': `const fs = require('fs');
try { fs.readSync(0, Buffer.alloc(10)); } catch (e) { console.log(e.code, e.syscall, e.message); }
fs.readFileSync(0, 'utf8');
`,
  });
  const { code, output } = await runScript(page);
  await shot(page, 'stdin-sync-read');
  assert.equal(code, '1');
  assert.match(output, /^EAGAIN read EAGAIN: resource temporarily unavailable, read$/m);
  assert.match(await page.evaluate(() => window.__rjs.written(2)), /Error: EAGAIN: resource temporarily unavailable, read/);
  assert.match(output, /A synchronous read of stdin \(fs\.readFileSync\(0\), fs\.readSync\(0, …\)\) found nothing typed/);
  await page.context().close();
});

test('stdin: the stream waiting for input is not a failed synchronous read (no note)', async () => {
  const files = { 'main.js': "process.stdin.on('data', (d) => console.log('got', JSON.stringify(String(d))));\nprocess.stdin.on('end', () => console.log('end'));\n" };
  const expected = nodeOutput(files, 'hi\n');
  const page = await openProject(files);
  await page.click('#run');
  await page.waitForSelector('body[data-state="running"]');
  await page.click('#output');
  await page.waitForTimeout(300);
  await page.keyboard.type('hi');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+D');
  await page.waitForSelector('body[data-state="idle"][data-exit-code]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.evaluate(() => window.__rjs.written(1)), expected);
  assert.doesNotMatch(await terminalText(page), /synchronous read of stdin/);
  await page.context().close();
});

test('no uncaught errors in the pages', () => {
  assert.deepEqual(pageErrors, []);
});
