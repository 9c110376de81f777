// The steps bench/web's measure.mjs and profile.mjs share: a Chromium like the browser tests',
// a project holding hello.js as main.js before the page loads (as a share link would), and one
// timed run: navigate, wait for the page's idle state, click Run, wait for hello.js's line.
import { chromium } from 'playwright-core';

export const STORE_KEY = 'rjs-playground:v1';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

// Puts hello.js into the context's saved project before any page of it loads.
export async function seedHello(context) {
  await context.addInitScript(([k, v]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, v); },
    [STORE_KEY, JSON.stringify({ files: { 'main.js': "console.log('hello from rjs');\n" }, active: 'main.js' })]);
}

// One run on a fresh page: { t0, tIdle, t1 } (Date.now() at navigation, idle, first output).
export async function runHello(page, url) {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('body[data-state="idle"]', { timeout: 60000 });
  const tIdle = Date.now();
  await page.click('#run');
  await page.waitForFunction(() => window.__rjs && window.__rjs.terminalText().includes('hello from rjs'), null, { timeout: 60000, polling: 5 });
  return { t0, tIdle, t1: Date.now() };
}
