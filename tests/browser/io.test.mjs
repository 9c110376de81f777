// Browser tests of the playground's input and outside network: stdin typed in the terminal
// (process.stdin, readline, Ctrl+D; node's stdout for the same input on a pipe is the oracle), and requests to hosts outside the script's virtual
// loopback network, which go through the browser's fetch() (a second origin served here, with
// and without CORS) or fail with a clear error (net.connect). Run with scripts/test_browser.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { useBrowser, openPage, terminalText, shot, nodeOutput, RUN_TIMEOUT, pageErrors, OUTSIDE_HOST } from './harness.mjs';

useBrowser();

const openProject = (files) => openPage({ files, active: 'main.js' });
const written = (page, fd) => page.evaluate((n) => window.__rjs.written(n), fd);
const waitForOutput = (page, re) => page.waitForFunction(
  (src) => new RegExp(src).test(window.__rjs.terminalText()), re.source, { timeout: RUN_TIMEOUT });
const waitForExit = (page) => page.waitForSelector('body[data-state="idle"][data-exit-code]', { timeout: RUN_TIMEOUT })
  .then(() => page.getAttribute('body', 'data-exit-code'));

async function startRun(page) {
  await page.click('#run');
  // A short script may already have finished (exit code set) when the page is first polled.
  await page.waitForSelector('body[data-state="running"], body[data-exit-code]');
  await page.click('#output');
}

const QUESTIONS = `const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('What is your name? ', (name) => {
  console.log(\`Hello, \${name}!\`);
  rl.question('Favourite number? ', (n) => {
    console.log('double:', n * 2);
    rl.close();
  });
});
rl.on('close', () => console.log('closed'));
`;

test('stdin: rl.question reads lines typed in the terminal (echo, Backspace); rl.close() lets the run end', async () => {
  const files = { 'main.js': QUESTIONS };
  const expected = nodeOutput(files, 'Ada\n21\n');
  const page = await openProject(files);
  await startRun(page);
  await waitForOutput(page, /What is your name\?/);
  await page.keyboard.type('Adx');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('a');
  await page.keyboard.press('Enter');
  await waitForOutput(page, /Favourite number\?/);
  await page.keyboard.type('21');
  await page.keyboard.press('Enter');
  assert.equal(await waitForExit(page), '0');
  await shot(page, 'stdin-question');
  assert.equal(await written(page, 1), expected);
  // The terminal shows the typed answers (echoed by the page, as a terminal does).
  const shown = await terminalText(page);
  assert.match(shown, /What is your name\? Ada\nHello, Ada!\nFavourite number\? 21\ndouble: 42\nclosed/);
  await page.context().close();
});

test('stdin: once the script waits for input the terminal has the keyboard (after Run or Ctrl+Enter in the editor)', async () => {
  const files = { 'main.js': QUESTIONS };
  const expected = nodeOutput(files, 'Ada\n21\n');
  const page = await openProject(files);
  await page.click('#run'); // the focus stays on the button: typing must still reach stdin
  await waitForOutput(page, /What is your name\?/);
  await page.waitForFunction(() => document.activeElement?.closest('#output'));
  assert.match(await page.textContent('#status'), /reading input/);
  await page.keyboard.type('Ada\n');
  await waitForOutput(page, /Favourite number\?/);
  await page.keyboard.type('21\n');
  assert.equal(await waitForExit(page), '0');
  assert.equal(await written(page, 1), expected);
  // From the editor: the answer goes to the script, not into the code.
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+Enter');
  await waitForOutput(page, /What is your name\?/);
  await page.waitForFunction(() => document.activeElement?.closest('#output'));
  await page.keyboard.type('Bob\n');
  await waitForOutput(page, /Favourite number\?/);
  await page.keyboard.type('7\n');
  assert.equal(await waitForExit(page), '0');
  assert.match(await terminalText(page), /Hello, Bob!\nFavourite number\? 7\ndouble: 14/);
  assert.equal(await page.evaluate(() => window.__rjs.editorText()), QUESTIONS);
  // Ctrl+Enter in the terminal runs main.js again (it is not a line for stdin).
  await page.keyboard.press('Control+Enter');
  await waitForOutput(page, /^What is your name\?\s*$/);
  await page.keyboard.press('Escape');
  assert.equal(await waitForExit(page), 'stopped');
  await page.context().close();
});

test('a script that does not read stdin leaves the focus where it was', async () => {
  const page = await openProject({ 'main.js': "setTimeout(() => console.log('done'), 200);\n" });
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+Enter');
  assert.equal(await waitForExit(page), '0');
  assert.ok(await page.evaluate(() => document.activeElement?.closest('#editor')), 'the editor keeps the focus');
  await page.context().close();
});

const LINES = `const rl = require('readline').createInterface({ input: process.stdin });
let n = 0;
const tick = setInterval(() => {}, 1000);
(async () => {
  for await (const line of rl) console.log(\`\${++n}: \${line.toUpperCase()}\`);
  console.log('end of input after', n, 'lines');
  clearInterval(tick);
})();
`;

test('stdin: for await over readline lines ends with Ctrl+D; waiting for input keeps the worker idle', async () => {
  const files = { 'main.js': LINES };
  const expected = nodeOutput(files, 'one\ntwo words\n');
  const page = await openProject(files);
  await startRun(page);
  await page.keyboard.type('one');
  await page.keyboard.press('Enter');
  await waitForOutput(page, /1: ONE/);
  // Waiting for typed input: the loop sleeps (no busy polling of stdin).
  const ticks = async () => {
    for (const w of page.workers()) {
      const n = await w.evaluate(() => self.rjsStats && self.rjsStats.ticks).catch(() => undefined);
      if (n > 0) return n;
    }
    return 0;
  };
  const before = await ticks();
  await page.waitForTimeout(1000);
  const idle = (await ticks()) - before;
  assert.ok(before > 0 && idle <= 3, `${idle} loop ticks in a second of waiting for input`);
  await page.keyboard.type('two words');
  await page.keyboard.press('Enter');
  await waitForOutput(page, /2: TWO WORDS/);
  await page.keyboard.press('Control+D');
  assert.equal(await waitForExit(page), '0');
  assert.equal(await written(page, 1), expected);
  await page.context().close();
});

const DATA = `process.stdin.setEncoding('utf8');
let text = '';
process.stdin.on('data', (d) => { text += d; });
process.stdin.on('end', () => console.log(JSON.stringify(text), 'end'));
`;

test("stdin: 'data' events, Ctrl+D sends a partial line, Ctrl+D on an empty line is 'end'", async () => {
  const files = { 'main.js': DATA };
  const expected = nodeOutput(files, 'abcdéf\nxyz');
  const page = await openProject(files);
  await startRun(page);
  await page.keyboard.type('abc');
  await page.keyboard.press('Control+D');
  await page.keyboard.type('déf');
  await page.keyboard.press('Enter');
  await page.keyboard.type('xyz');
  await page.keyboard.press('Control+D');
  await page.keyboard.press('Control+D');
  assert.equal(await waitForExit(page), '0');
  assert.equal(await written(page, 1), expected);
  await page.context().close();
});

test('a script that never reads stdin exits by itself; Ctrl+C stops a run', async () => {
  const page = await openProject({ 'main.js': "console.log('isTTY', process.stdin.isTTY, process.stdout.isTTY, process.stdin.readableHighWaterMark);\n" });
  await startRun(page);
  assert.equal(await waitForExit(page), '0');
  // stdin is the terminal (in line mode); stdout goes to the page as through a pipe.
  assert.match(await terminalText(page), /isTTY true undefined 0/);
  const p2 = await openProject({ 'main.js': "process.stdin.on('data', () => {});\nconsole.log('waiting');\n" });
  await startRun(p2);
  await waitForOutput(p2, /waiting/);
  await p2.keyboard.press('Control+C');
  assert.equal(await waitForExit(p2), 'stopped');
  await page.context().close();
  await p2.context().close();
});

test('outside: net.connect to another host fails with a clear error', async () => {
  const script = `const net = require('net');
net.connect(80, '93.184.216.34').on('error', (e) => console.log('ip:', e.code, e.message))
  .on('connect', () => console.log('unexpected'));
net.connect(443, 'example.com').on('error', (e) => console.log('name:', e.code, e.message));
`;
  const page = await openProject({ 'main.js': script });
  await startRun(page);
  assert.equal(await waitForExit(page), '0');
  assert.equal(await written(page, 1),
    'ip: ENETUNREACH connect ENETUNREACH 93.184.216.34:80\nname: ENOTFOUND getaddrinfo ENOTFOUND example.com\n');
  assert.match(await written(page, 2), /raw TCP to the outside is not available in the browser/);
  await page.context().close();
});

test('no uncaught errors in the page', () => {
  assert.deepEqual(pageErrors, []);
});
