// Where the playground's time to first output goes: the same steps as measure.mjs (fresh
// context, navigate, wait for idle, click Run, wait for hello.js's line), printing for each run
// the page's and the worker's timing marks (window.__rjs.marks(), ms since navigation; 'w:'
// marks come from the run's worker) and the main thread's long tasks. RES=1 adds the resource
// timings. Not part of run.sh: a tool for finding what to speed up.
//   node bench/web/profile.mjs DIST_DIR [RUNS]
import { serve } from '../../tests/browser/serve.mjs';
import { launchChromium, runHello, seedHello } from './hello_page.mjs';
const [dist, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const server = await serve(dist);
const browser = await launchChromium();
const all = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  await seedHello(context);
  await context.addInitScript(() => {
    window.__longtasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const { t0, tIdle, t1 } = await runHello(page, server.url);
  const marks = await page.evaluate(() => window.__rjs.marks ? window.__rjs.marks() : []);
  const nav = await page.evaluate(() => performance.timeOrigin);
  const res = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]));
  console.log(`run ${i}: total ${t1 - t0} idle@${tIdle - t0} click→out ${t1 - tIdle}  (timeOrigin-t0 ${Math.round(nav - t0)})`);
  for (const [n, t] of marks.sort((a, b) => a[1] - b[1])) console.log(`   ${String(Math.round(t - nav)).padStart(6)}  ${n}`);
  if (process.env.RES) for (const r of res) console.log('   res', r.join(' '));
  console.log('   longtasks', JSON.stringify(await page.evaluate(() => window.__longtasks)));
  all.push(t1 - t0);
  await context.close();
}
await browser.close(); await server.close();
console.log(JSON.stringify(all));
