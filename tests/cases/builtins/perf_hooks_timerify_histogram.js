// timerify() accepts only a RecordableHistogram as options.histogram (node 20) and records each call in it.
const { performance, createHistogram, monitorEventLoopDelay } = require('perf_hooks');
for (const h of [1, '', {}, [], false, null, { record() {} }, monitorEventLoopDelay()]) {
  try { performance.timerify(() => {}, { histogram: h }); console.log('ok', typeof h); } catch (e) { console.log(e.code, e.message); }
}
const h = createHistogram();
const f = performance.timerify(function f(a) { return a * 2; }, { histogram: h });
console.log(f(2), h.count, h.min > 0);
