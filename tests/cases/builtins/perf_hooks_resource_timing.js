// performance.markResourceTiming(): PerformanceResourceTiming entries read from the timing info, the
// resource buffer (getEntries*, observers, clearResourceTimings) and its size limit, as node 20.
const { performance, PerformanceResourceTiming, PerformanceObserver } = require('perf_hooks');
for (const v of [null, undefined, true, -1, 1.1, Infinity, NaN, '', 'foo', {}, 5]) {
  try { console.log(performance.setResourceTimingBufferSize(v)); } catch (e) { console.log(e.code, e.message); }
}
performance.setResourceTimingBufferSize(250);
const timingInfo = {
  startTime: 10, endTime: 30, finalServiceWorkerStartTime: 0, redirectStartTime: 0, redirectEndTime: 0, postRedirectStartTime: 0,
  finalConnectionTimingInfo: { domainLookupStartTime: 11, domainLookupEndTime: 12, connectionStartTime: 13, connectionEndTime: 14, secureConnectionStartTime: 0, ALPNNegotiatedProtocol: 'http/1.1' },
  finalNetworkRequestStartTime: 15, finalNetworkResponseStartTime: 20, encodedBodySize: 100, decodedBodySize: 200,
};
const obs = new PerformanceObserver((list) => { console.log('observed', list.getEntries().map((e) => e.name)); obs.disconnect(); });
obs.observe({ type: 'resource' });
const r = performance.markResourceTiming(timingInfo, 'https://nodejs.org/x', 'fetch', globalThis, '');
console.log(r);
console.log(r instanceof PerformanceResourceTiming, Object.prototype.toString.call(r));
console.log(JSON.stringify(r));
console.log(performance.getEntriesByType('resource').length, performance.getEntries().length, performance.getEntriesByName('https://nodejs.org/x').length);
const keys = []; for (const k in r) keys.push(k); console.log(keys.join(','));
try { new PerformanceResourceTiming(); } catch (e) { console.log(e.code, e.message); }
try { performance.markResourceTiming(); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.markResourceTiming(timingInfo, 'u', 'fetch', globalThis); } catch (e) { console.log(e.name, e.code, e.message); }
performance.clearResourceTimings();
console.log(performance.getEntriesByType('resource').length);
performance.setResourceTimingBufferSize(1);
performance.markResourceTiming(timingInfo, 'a', 'fetch', globalThis, '');
performance.markResourceTiming(timingInfo, 'b', 'fetch', globalThis, '');
performance.markResourceTiming(timingInfo, 'c', 'fetch', globalThis, '');
console.log('sync', performance.getEntriesByType('resource').map((e) => e.name));
setTimeout(() => console.log('later', performance.getEntriesByType('resource').map((e) => e.name)), 10);
