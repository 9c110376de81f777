// performance is an EventTarget (node 20): 'resourcetimingbufferfull' fires on it (trusted) when the resource timing buffer overflows, and onresourcetimingbufferfull is a handler attribute.
const { performance, Performance } = require('perf_hooks');
console.log(performance instanceof EventTarget, Object.getPrototypeOf(Performance.prototype) === EventTarget.prototype);
console.log(Object.getOwnPropertyDescriptor(Performance.prototype, 'onresourcetimingbufferfull'));
console.log(Object.getOwnPropertyNames(Performance.prototype).sort().join());
console.log(performance.onresourcetimingbufferfull);
let got = [];
performance.onresourcetimingbufferfull = () => got.push('prop');
performance.addEventListener('resourcetimingbufferfull', (e) => got.push([e.type, e.constructor.name, e.bubbles, e.cancelable, e.target === performance, e.isTrusted]));
performance.setResourceTimingBufferSize(0);
performance.markResourceTiming({ startTime: 1, endTime: 2, finalConnectionTimingInfo: null }, 'http://a/', '', globalThis, '');
setImmediate(() => setImmediate(() => console.log(got, performance.getEntriesByType('resource').length)));
console.log(Object.keys(performance));
console.log(require('util').inspect(performance, { depth: 0 }).split('\n')[0]);
