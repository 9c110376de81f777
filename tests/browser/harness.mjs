// Shared by the browser tests: the static server for www/dist, one headless Chromium
// (playwright-core with Debian's /usr/bin/chromium), pages opened on a given project, running a
// script to its end, reading the xterm.js terminal, screenshots, and real node as the oracle.
import { after, before } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const www = join(here, '..', '..', 'www', 'dist'); // built by Vite (scripts/test_browser.sh)
export const shots = join(here, 'screenshots');
export const STORE_KEY = 'rjs-playground:v1';
export const RUN_TIMEOUT = 60_000;
/** A host name outside the script's loopback network that Chromium resolves to this machine
 * (a second origin for the outside-network tests). */
export const OUTSIDE_HOST = 'api.rjs-outside.test';

/** The static server and the browser, live bindings set by `useBrowser()`'s hooks. */
export let server;
export let browser;
/** Uncaught errors of every page opened with `openPage`. */
export const pageErrors = [];

/** Registers the hooks that start the server and the browser for this test file. */
export function useBrowser() {
  before(async () => {
    mkdirSync(shots, { recursive: true });
    server = await serve(www);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage',
        `--host-resolver-rules=MAP ${OUTSIDE_HOST} 127.0.0.1`,
        // The outside server's certificate (tests/browser/fixtures) is self-signed.
        '--ignore-certificate-errors'],
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** What the xterm.js terminal shows (its buffer, wrapped rows joined). */
export const terminalText = (page) => page.evaluate(() => window.__rjs.terminalText());

/** A new page on the playground, holding the saved project `state` when given (written
 * under the localStorage key earlier versions used: the page moves it to IndexedDB). */
export async function openPage(state) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 760 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(server.url);
  if (state) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORE_KEY, JSON.stringify(state)]);
    await page.reload();
  }
  await page.waitForSelector('body[data-state="idle"]', { timeout: RUN_TIMEOUT });
  return page;
}

/** Clicks Run and waits for the script to end: its exit code and the terminal's text. */
export async function runScript(page) {
  await page.click('#run');
  await page.waitForSelector('body[data-state="idle"][data-exit-code]', { timeout: RUN_TIMEOUT });
  return {
    code: await page.getAttribute('body', 'data-exit-code'),
    output: await terminalText(page),
  };
}

export const shot = (page, name) => page.screenshot({ path: join(shots, `${name}.png`) });

/** Runs `files` with real node in a temporary folder (stdin: `input`, a pipe); returns its
 * stdout. */
export function nodeOutput(files, input = '') {
  const dir = mkdtempSync(join(tmpdir(), 'rjs-web-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return execFileSync(process.execPath, ['main.js'], { cwd: dir, encoding: 'utf8', input });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Clicks the first place the terminal shows `text` (the DOM renderer's row text). */
export async function clickTerminalText(page, text) {
  const at = await page.evaluate((t) => {
    for (const node of document.querySelectorAll('#output .xterm-rows span, #output .xterm-rows > div')) {
      const textNode = [...node.childNodes].find((n) => n.nodeType === 3 && n.data.includes(t));
      if (!textNode) continue;
      const range = document.createRange();
      const i = textNode.data.indexOf(t);
      range.setStart(textNode, i);
      range.setEnd(textNode, i + t.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, h: r.height };
    }
    return null;
  }, text);
  if (!at) throw new Error(`${text} is not on the terminal`);
  // xterm looks for links when the pointer enters a new cell: come from another one.
  await page.mouse.move(at.x, at.y + 3 * at.h);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await page.mouse.click(at.x, at.y);
}
