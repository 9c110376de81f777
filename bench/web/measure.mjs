// Measures the playground in headless Chromium: time from navigation to the first line of
// hello.js's output in the terminal (a fresh browser context each run, so nothing is cached
// between runs). Prints one JSON line: {"runs": [...ms], "median": ms, "idle": ms, "click": ms}
// (idle: median time from navigation to the page's idle state; click: median time from the
// click on Run to the line in the terminal). A first run in a throwaway context warms up the
// browser process itself (not the page: nothing is shared between contexts) and is not counted.
//   node bench/web/measure.mjs DIST_DIR [RUNS]
import { serve } from '../../tests/browser/serve.mjs';
import { launchChromium, runHello, seedHello } from './hello_page.mjs';

const [dist, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const server = await serve(dist);
const browser = await launchChromium();
const times = [];
const idles = [];
const clicks = [];
try {
  for (let i = -1; i < runs; i++) {
    const context = await browser.newContext();
    await seedHello(context);
    const { t0, tIdle, t1 } = await runHello(await context.newPage(), server.url);
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
