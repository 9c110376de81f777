// Measures the playground in headless Chromium: time from navigation to the first line of
// hello.js's output in the terminal (a fresh browser context each run, so nothing is cached
// between runs). Prints one JSON line: {"runs": [...ms], "median": ms, "idle": ms, "click": ms}
// (idle: median time from navigation to the page's idle state; click: median time from the
// click on Run to the line in the terminal). A first run in a throwaway context warms up the
// browser process itself (not the page: nothing is shared between contexts) and is not counted.
//   node bench/web/measure.mjs DIST_DIR [RUNS]
import { chromium } from 'playwright-core';
import { serve } from '../../tests/browser/serve.mjs';

const [dist, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const STORE_KEY = 'rjs-playground:v1';
const server = await serve(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const times = [];
const idles = [];
const clicks = [];
try {
  for (let i = -1; i < runs; i++) {
    const context = await browser.newContext();
    // The project holds hello.js as main.js before the page loads (as a share link would).
    await context.addInitScript(([k, v]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, v); },
      [STORE_KEY, JSON.stringify({ files: { 'main.js': "console.log('hello from rjs');\n" }, active: 'main.js' })]);
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(server.url);
    await page.waitForSelector('body[data-state="idle"]', { timeout: 60000 });
    const tIdle = Date.now();
    await page.click('#run');
    await page.waitForFunction(() => window.__rjs && window.__rjs.terminalText().includes('hello from rjs'), null, { timeout: 60000, polling: 5 });
    const t1 = Date.now();
    if (i >= 0) {
      times.push(t1 - t0);
      idles.push(tIdle - t0);
      clicks.push(t1 - tIdle);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ runs: times, median: median(times), idle: median(idles), click: median(clicks) }));
