const {createHistogram, monitorEventLoopDelay}=require('perf_hooks'); const h=createHistogram();
console.log(h);
console.log(typeof h.toJSON, Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(h))).join());
const e=monitorEventLoopDelay(); console.log(Object.getPrototypeOf(e).constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(e)).join(), e.enable(), e.enable(), e.disable(), e.disable());
for (const v of [1,2047,2048,2049,3000,100000,123456789, 2**40+12345]) h.record(v);
console.log(h.min, h.max, h.mean, h.stddev, h.percentile(50), h.percentile(99.9), h.percentiles);
console.log(h.minBigInt, h.percentileBigInt(10), h.percentilesBigInt);
try { h.percentile(0) } catch (e) { console.log(e.message) }
try { h.add({}) } catch (e) { console.log(e.message) }
try { monitorEventLoopDelay({resolution: 0}) } catch (e) { console.log(e.message) }
console.log(JSON.stringify(h));
try { createHistogram({lowest: 10, highest: 15}) } catch (e) { console.log(e.message) }
try { createHistogram({lowest: 10n, highest: 15n}) } catch (e) { console.log(e.name, e.code, e.message) }
const g = createHistogram({lowest: 1000, figures: 2}); g.record(5); g.record(123456); console.log(g.min, g.max, g.mean, g.percentiles, g.count);
try { new (Object.getPrototypeOf(h).constructor)() } catch (e) { console.log(e.code, e.message) }
const h2 = createHistogram(); h2.record(3); h2.record(5n); h.add(h2); console.log(h.count, h.min, h.mean);
h.reset(); console.log(h, h.minBigInt);
const h3 = createHistogram({ lowest: 1, highest: 100, figures: 1 });
for (let i = 1; i < 200; i += 7) h3.record(i);
console.log(h3, h3.percentile(33));
const r = createHistogram(); r.recordDelta(); console.log(r.count); 
const el = monitorEventLoopDelay({ resolution: 5 }); el.enable();
setTimeout(() => { el.disable(); console.log(el.count > 0, el.min >= 4e6, el.min < 1e9); }, 60);
console.log(require('util').inspect(createHistogram(), { depth: -1 }), Object.getOwnPropertyNames(monitorEventLoopDelay()));
