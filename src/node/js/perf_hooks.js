// node:perf_hooks — performance.now/timeOrigin/mark/measure on the monotonic clock.
'use strict';

const binding = internalBinding('native');
const origin = binding.now() - binding.hrtime() / 1e6;
const entries = [];

class PerformanceEntry {
  constructor(name, type, start, duration, detail) {
    this.name = name; this.entryType = type; this.startTime = start; this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }
  toJSON() { return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail }; }
}

const performance = {
  now() { return binding.hrtime() / 1e6; },
  get timeOrigin() { return origin; },
  mark(name, options = {}) {
    const e = new PerformanceEntry(String(name), 'mark', options.startTime !== undefined ? options.startTime : performance.now(), 0, options.detail === undefined ? null : options.detail);
    entries.push(e);
    return e;
  },
  measure(name, startOrOptions, endMark) {
    const find = (m) => { const e = entries.filter((x) => x.name === m).pop(); if (!e) { const err = new SyntaxError(`The "${m}" performance mark has not been set`); err.code = 'ERR_INVALID_PERFORMANCE_MARK'; throw err; } return e.startTime; };
    let start = 0, end = performance.now();
    if (typeof startOrOptions === 'string') start = find(startOrOptions);
    else if (startOrOptions && typeof startOrOptions === 'object') {
      if (startOrOptions.start !== undefined) start = typeof startOrOptions.start === 'string' ? find(startOrOptions.start) : startOrOptions.start;
      if (startOrOptions.end !== undefined) end = typeof startOrOptions.end === 'string' ? find(startOrOptions.end) : startOrOptions.end;
    }
    if (typeof endMark === 'string') end = find(endMark);
    const e = new PerformanceEntry(String(name), 'measure', start, end - start, null);
    entries.push(e);
    return e;
  },
  getEntries() { return entries.slice(); },
  getEntriesByName(name, type) { return entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)); },
  getEntriesByType(type) { return entries.filter((e) => e.entryType === type); },
  clearMarks(name) { for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === 'mark' && (name === undefined || entries[i].name === name)) entries.splice(i, 1); },
  clearMeasures(name) { for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === 'measure' && (name === undefined || entries[i].name === name)) entries.splice(i, 1); },
  toJSON() { return { timeOrigin: origin, nodeTiming: {}, eventLoopUtilization: {} }; },
  eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; },
  timerify(fn) { return fn; },
};
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });

class PerformanceObserver {
  constructor(cb) { this._cb = cb; }
  observe() {}
  disconnect() {}
  static get supportedEntryTypes() { return ['mark', 'measure']; }
}

module.exports = { performance, PerformanceEntry, PerformanceObserver, constants: {}, monitorEventLoopDelay() { return { enable() {}, disable() {}, percentile() { return 0; }, min: 0, max: 0, mean: 0, stddev: 0 }; } };
