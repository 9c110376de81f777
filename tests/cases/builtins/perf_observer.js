// perf_hooks: PerformanceObserver delivery (from an immediate, entries sorted by startTime),
// mark/measure entries and their fields, the timeline buffers, timerify, validation errors.
// No timing values are printed: entries use explicit start times or print types only.
const ph = require('perf_hooks');
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserverEntryList } = ph;
const util = require('util');
const log = (...a) => console.log(...a);
const err = (label, f) => {
  try { const r = f(); log(label, 'ok', r === undefined ? '' : util.inspect(r)); } catch (e) { log(label, e.name, e.code, e.message); }
};

log(Object.keys(ph));
log(PerformanceObserver.supportedEntryTypes, Object.isFrozen(PerformanceObserver.supportedEntryTypes));
log([PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceObserverEntryList].map((C) => globalThis[C.name] === C));
log(typeof globalThis.PerformanceResourceTiming, Object.getOwnPropertyNames(Object.getPrototypeOf(performance)));
log(Object.prototype.toString.call(performance), Object.keys(performance.toJSON()), Object.keys(performance.nodeTiming));
log(typeof performance.now(), typeof performance.timeOrigin, performance.nodeTiming.name, performance.nodeTiming.entryType);
const elu = performance.eventLoopUtilization();
log(Object.keys(elu), typeof elu.idle, typeof elu.active, typeof elu.utilization);

setImmediate(() => log('immediate scheduled before the marks'));
const seen = [];
const obs = new PerformanceObserver(function (list, observer) {
  log('callback', this === obs, observer === obs, list.constructor.name, Object.prototype.toString.call(list));
  log(list.getEntries().map((e) => `${e.entryType}:${e.name}@${e.startTime}`));
  log(list.getEntriesByName('a').length, list.getEntriesByName('a', 'measure').length, list.getEntriesByType('mark').map((e) => e.name));
  log(util.inspect(list));
  seen.push(list);
});
obs.observe({ entryTypes: ['mark', 'measure', 'bogus'] });
log(util.inspect(obs));
const m = performance.mark('a', { startTime: 5, detail: { k: [1] } });
performance.mark('b', { startTime: 1 });
performance.mark('c', { startTime: 3, detail: null });
const me = performance.measure('a', 'b', 'a');
performance.measure('m2', { start: 2, duration: 4, detail: 'why' });
performance.measure('m3', { end: 10, duration: 4 });
log(util.inspect(obs));
setImmediate(() => log('immediate scheduled after the marks'));
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('promise'));

log(m.name, m.entryType, m.startTime, m.duration, m.detail, Object.keys(m), JSON.stringify(m));
log(me.name, me.entryType, me.startTime, me.duration, me.detail, me.toJSON());
log(util.inspect(m), util.inspect([m], { depth: 0 }));
log(m instanceof PerformanceEntry, Object.getPrototypeOf(PerformanceMark.prototype) === PerformanceEntry.prototype,
  Object.prototype.toString.call(m), Object.prototype.toString.call(me));
const pm = new PerformanceMark('made', { startTime: 7, detail: 'd' });
log(pm.startTime, pm.detail, performance.getEntriesByName('made').length);

err('new PerformanceEntry', () => new PerformanceEntry());
err('new PerformanceMeasure', () => new PerformanceMeasure());
err('new PerformanceObserverEntryList', () => new PerformanceObserverEntryList());
err('new PerformanceMark()', () => new PerformanceMark());
err('mark negative', () => performance.mark('z', { startTime: -1 }));
err('mark string time', () => performance.mark('z', { startTime: 'a' }));
err('mark options 5', () => performance.mark('q', 5));
err('mark milestone', () => performance.mark('nodeStart'));
err('mark()', () => performance.mark());
err('mark uncloneable', () => performance.mark('f', { detail: () => 1 }));
err('measure()', () => performance.measure());
err('measure number name', () => performance.measure(5));
err('measure unknown mark', () => performance.measure('m', 'nomark'));
err('measure object start', () => performance.measure('m', { start: {} }));
err('measure all three', () => performance.measure('m', { start: 1, end: 2, duration: 1 }));
err('measure endMark with options', () => performance.measure('m', { start: 1 }, 'a'));
err('measure negative duration', () => performance.measure('m', { start: 1, duration: -1 }));
err('getEntriesByName()', () => performance.getEntriesByName());
err('getEntriesByType()', () => performance.getEntriesByType());
err('clearMarks milestone', () => performance.clearMarks('loopStart'));
err('observer 5', () => new PerformanceObserver(5));
const o = new PerformanceObserver(() => {});
err('observe()', () => o.observe());
err('observe 5', () => o.observe(5));
err('observe both', () => o.observe({ entryTypes: ['mark'], type: 'mark' }));
err('observe entryTypes string', () => o.observe({ entryTypes: 'mark' }));
err('observe ok', () => o.observe({ entryTypes: ['function'] }));
err('observe switch', () => o.observe({ type: 'mark' }));
err('takeRecords', () => o.takeRecords());
o.disconnect();
err('observe unknown type', () => o.observe({ type: 'bogus' }));
log(util.inspect(o));

log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByType('bogus'));
log(performance.getEntriesByName('a').map((e) => e.entryType), performance.getEntriesByName('a', 'mark').length);

setImmediate(() => {
  log('--- later');
  obs.disconnect();
  performance.clearMarks('a');
  log(performance.getEntries().map((e) => e.name));
  err('measure cleared mark', () => performance.measure('x', 'a'));
  performance.clearMeasures('m2');
  performance.clearMeasures();
  log(performance.getEntries().map((e) => e.name));
  performance.clearMarks();
  log(performance.getEntries().length);

  const buffered = new PerformanceObserver((list) => {
    log('buffered', list.getEntries().map((e) => e.name));
    buffered.disconnect();
  });
  performance.mark('before observe', { startTime: 2 });
  buffered.observe({ type: 'mark', buffered: true });

  const fnObs = new PerformanceObserver((list) => {
    const [e] = list.getEntries();
    log('function entry', e.name, e.entryType, e.constructor.name, e.detail, e[0], e[1], Object.keys(e), typeof e.duration, e.duration >= 0);
    fnObs.disconnect();
  });
  fnObs.observe({ entryTypes: ['function'] });
  const add = performance.timerify(function add(x, y) { return x + y; });
  log(add.name, add.length, add(1, 2), typeof add, performance.timerify(add) !== add);
  err('timerify 5', () => performance.timerify(5));
  err('timerify options', () => performance.timerify(() => {}, 5));
});
