// Measures the playground in headless Chromium: time from navigation to the first line of
// hello.js's output in the terminal (a fresh browser context each run, so nothing is cached
// between runs). Prints one JSON line: {"runs": [...ms], "median": ms}.
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
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    // The project holds hello.js as main.js before the page loads (as a share link would).
    await context.addInitScript(([k, v]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, v); },
      [STORE_KEY, JSON.stringify({ files: { 'main.js': "console.log('hello from rjs');\n" }, active: 'main.js' })]);
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(server.url);
    await page.waitForSelector('body[data-state="idle"]', { timeout: 60000 });
    await page.click('#run');
    await page.waitForFunction(() => window.__rjs && window.__rjs.terminalText().includes('hello from rjs'), null, { timeout: 60000, polling: 5 });
    times.push(Date.now() - t0);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(JSON.stringify({ runs: times, median: sorted[Math.floor(sorted.length / 2)] }));
