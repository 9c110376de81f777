// node:perf_hooks: performance (now, timeOrigin, mark/measure and the entry buffers, timerify,
// eventLoopUtilization, nodeTiming), PerformanceEntry/Mark/Measure, PerformanceObserver (its
// callbacks run from an immediate, as in node). Loaded by the `performance` global, so it
// stays small and loads nothing else until a feature needs it.
'use strict';

const binding = internalBinding('native');
const origin = binding.now() - binding.hrtime() / 1e6;
const now = () => binding.hrtime() / 1e6;
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkip = Symbol('kSkipThrow');

function errors() { return require('internal/errors').codes; }
function nodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'stack', { value: `${Base.name} [${code}]: ${message}\n${String(err.stack).split('\n').slice(1).join('\n')}`, writable: true, configurable: true });
  return err;
}
function invalidTimestamp(t) { return nodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${t} is not a valid timestamp`); }
function invalidMeasure(message) { return nodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message); }
function domException(message, name) {
  const { DOMException } = require('internal/web');
  return new DOMException(message, name);
}
function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw new (errors().ERR_INVALID_ARG_TYPE)(name, 'object', value);
}
function inspectAs(name, value, options) {
  const { inspect } = require('internal/inspect');
  return `${name} ${inspect(value, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}
function cloneDetail(detail) {
  return detail == null ? null : require('internal/web').structuredClone(detail);
}

// ---- entries ------------------------------------------------------------------------------------
let entryState;
class PerformanceEntry {
  #e;
  constructor(key = undefined, name = undefined, type = undefined, start = undefined, duration = undefined, detail = undefined) {
    if (key !== kSkip) throw new (errors().ERR_ILLEGAL_CONSTRUCTOR)();
    this.#e = { name, type, start, duration, detail };
  }
  get name() { return entryState(this).name; }
  get entryType() { return entryState(this).type; }
  get startTime() { return entryState(this).start; }
  get duration() { return entryState(this).duration; }
  toJSON() {
    const e = entryState(this);
    return { name: e.name, entryType: e.type, startTime: e.start, duration: e.duration };
  }
  [customInspect](depth, options) {
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    return inspectAs(this.constructor.name, this.toJSON(), options);
  }
  static {
    entryState = (v) => {
      if (v === null || typeof v !== 'object' || !(#e in v)) throw new (errors().ERR_INVALID_THIS)('PerformanceEntry');
      return v.#e;
    };
  }
}
for (const k of ['name', 'entryType', 'startTime', 'duration', 'toJSON']) Object.defineProperty(PerformanceEntry.prototype, k, { enumerable: true });

function detailOf(entry) { return entryState(entry).detail; }
function entryJSON(entry) {
  const e = entryState(entry);
  return { name: e.name, entryType: e.type, startTime: e.start, duration: e.duration, detail: e.detail };
}

// nodeTiming milestones usable as mark names in measure(); they cannot be marked or cleared.
const milestones = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);
const markTimings = new Map();

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('name');
    name = `${name}`;
    if (milestones.has(name)) throw new (errors().ERR_INVALID_ARG_VALUE)('name', name);
    if (options != null) validateObject(options, 'options');
    const startTime = options != null && options.startTime != null ? options.startTime : now();
    if (typeof startTime !== 'number') throw new (errors().ERR_INVALID_ARG_TYPE)('startTime', 'number', startTime);
    if (startTime < 0) throw invalidTimestamp(startTime);
    markTimings.set(name, startTime);
    const detail = cloneDetail(options != null ? options.detail : undefined);
    super(kSkip, name, 'mark', startTime, 0, detail);
  }
  get detail() { return detailOf(this); }
  toJSON() { return entryJSON(this); }
}
class PerformanceMeasure extends PerformanceEntry {
  constructor(key = undefined, name = undefined, start = undefined, duration = undefined, detail = undefined) {
    if (key !== kSkip) throw new (errors().ERR_ILLEGAL_CONSTRUCTOR)();
    super(kSkip, name, 'measure', start, duration, detail);
  }
  get detail() { return detailOf(this); }
  toJSON() { return entryJSON(this); }
}
// Entries node makes itself ('function' from timerify).
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() { return detailOf(this); }
  toJSON() { return entryJSON(this); }
}
// What performance.markResourceTiming() records (undici's fetch timing in node): the entry
// reads its figures from the timing info it was given, as node's does.
class PerformanceResourceTiming extends PerformanceEntry {
  #r;
  constructor(key = undefined, name = undefined, info = undefined, initiatorType = undefined, cacheMode = undefined) {
    if (key !== kSkip) throw new (errors().ERR_ILLEGAL_CONSTRUCTOR)();
    super(kSkip, name, 'resource');
    this.#r = { info, initiatorType, cacheMode };
  }
  get name() { return entryState(this).name; }
  get startTime() { return this.#r.info.startTime; }
  get duration() { return this.#r.info.endTime - this.#r.info.startTime; }
  get initiatorType() { return this.#r.initiatorType; }
  get workerStart() { return this.#r.info.finalServiceWorkerStartTime; }
  get redirectStart() { return this.#r.info.redirectStartTime; }
  get redirectEnd() { return this.#r.info.redirectEndTime; }
  get fetchStart() { return this.#r.info.postRedirectStartTime; }
  get domainLookupStart() { return this.#r.info.finalConnectionTimingInfo?.domainLookupStartTime; }
  get domainLookupEnd() { return this.#r.info.finalConnectionTimingInfo?.domainLookupEndTime; }
  get connectStart() { return this.#r.info.finalConnectionTimingInfo?.connectionStartTime; }
  get connectEnd() { return this.#r.info.finalConnectionTimingInfo?.connectionEndTime; }
  get secureConnectionStart() { return this.#r.info.finalConnectionTimingInfo?.secureConnectionStartTime; }
  get nextHopProtocol() { return this.#r.info.finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }
  get requestStart() { return this.#r.info.finalNetworkRequestStartTime; }
  get responseStart() { return this.#r.info.finalNetworkResponseStartTime; }
  get responseEnd() { return this.#r.info.endTime; }
  get encodedBodySize() { return this.#r.info.encodedBodySize; }
  get decodedBodySize() { return this.#r.info.decodedBodySize; }
  get transferSize() {
    if (this.#r.cacheMode === 'local') return 0;
    if (this.#r.cacheMode === 'validated') return 300;
    return this.#r.info.encodedBodySize + 300;
  }
  toJSON() {
    const out = { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
    for (const k of resourceTimingFields) out[k] = this[k];
    return out;
  }
}
const resourceTimingFields = ['initiatorType', 'nextHopProtocol', 'workerStart', 'redirectStart', 'redirectEnd',
  'fetchStart', 'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd', 'secureConnectionStart',
  'requestStart', 'responseStart', 'responseEnd', 'transferSize', 'encodedBodySize', 'decodedBodySize'];
for (const k of [...resourceTimingFields, 'toJSON']) Object.defineProperty(PerformanceResourceTiming.prototype, k, { enumerable: true });
for (const C of [PerformanceMark, PerformanceMeasure]) {
  Object.defineProperty(C.prototype, 'detail', { enumerable: true });
  Object.defineProperty(C.prototype, 'toJSON', { enumerable: true });
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, { value: 'PerformanceResourceTiming', configurable: true });

// ---- the performance timeline --------------------------------------------------------------
let markBuffer = [];
let measureBuffer = [];
let resourceBuffer = [];
const byStartTime = (a, b) => a.startTime - b.startTime;

function bufferOf(name, type) {
  let list;
  if (type === 'mark') list = markBuffer;
  else if (type === 'measure') list = measureBuffer;
  else if (type === 'resource') list = resourceBuffer;
  else if (type !== undefined) return [];
  else list = markBuffer.concat(measureBuffer, resourceBuffer);
  if (name !== undefined) list = list.filter((e) => e.name === name);
  else if (type !== undefined) list = list.slice();
  return list.sort(byStartTime);
}

function enqueue(entry) {
  for (const obs of observers) obs[kMaybeBuffer](entry);
  const type = entry.entryType;
  if (type === 'mark') markBuffer.push(entry);
  else if (type === 'measure') measureBuffer.push(entry);
}

// node's resource timing buffer: past its limit entries wait in a secondary buffer until an
// immediate, which dispatches 'resourcetimingbufferfull' on performance (its listeners may clear
// the buffer or change the limit) and moves what fits, until nothing more does.
let resourceSecondary = [];
let resourceLimit = 250;
let resourceFullPending = false;
function bufferResourceTiming(entry) {
  if (resourceBuffer.length < resourceLimit && !resourceFullPending) {
    resourceBuffer.push(entry);
    return;
  }
  if (!resourceFullPending) {
    resourceFullPending = true;
    setImmediate(() => {
      while (resourceSecondary.length > 0) {
        const before = resourceSecondary.length;
        const { Event, kTrusted } = require('internal/web');
        performance.dispatchEvent(new Event('resourcetimingbufferfull', { [kTrusted]: true }));
        const keep = Math.max(Math.min(resourceLimit - resourceBuffer.length, resourceSecondary.length), 0);
        for (let i = 0; i < keep; i++) resourceBuffer.push(resourceSecondary[i]);
        if (before <= resourceSecondary.length - keep) resourceSecondary = [];
      }
      resourceFullPending = false;
    });
  }
  resourceSecondary.push(entry);
}

function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  if (cacheMode !== '' && cacheMode !== 'local') {
    throw new (errors().ERR_INTERNAL_ASSERTION)("cache must be an empty string or 'local'");
  }
  const entry = new PerformanceResourceTiming(kSkip, requestedUrl, timingInfo, initiatorType, cacheMode);
  enqueue(entry);
  bufferResourceTiming(entry);
  return entry;
}

function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw invalidTimestamp(name);
    return name;
  }
  name = `${name}`;
  if (milestones.has(name)) return nodeTiming[name];
  const t = markTimings.get(name);
  if (t === undefined) throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return t;
}

function startAndDuration(startOrOptions, endMark) {
  if (startOrOptions == null) startOrOptions = 0;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) throw invalidMeasure('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw invalidMeasure('Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) end = getMark(endMark);
  else if (optionsValid && end !== undefined) end = getMark(end);
  else if (optionsValid && start !== undefined && duration !== undefined) end = getMark(start) + getMark(duration);
  else end = now();

  if (typeof startOrOptions === 'string') start = getMark(startOrOptions);
  else if (optionsValid && start !== undefined) start = getMark(start);
  else if (optionsValid && duration !== undefined && end !== undefined) start = end - getMark(duration);
  else start = 0;
  return [start, end - start];
}

// ---- nodeTiming -------------------------------------------------------------------------------
// rjs starts in a few milliseconds: the milestones are read off the clock at load. The loop's
// start is the first loop turn after perf_hooks loads while the main script (CommonJS or ES
// module) runs, which an unref'd immediate marks; loaded later, the first query after a
// CommonJS main module finished.
const bootstrapComplete = now();
let loopStart = -1;
if (process.mainModule === undefined || !process.mainModule.loaded) {
  setImmediate(() => { if (loopStart < 0) loopStart = now(); }).unref();
}
function currentLoopStart() {
  if (loopStart < 0 && process.mainModule !== undefined && process.mainModule.loaded) loopStart = now();
  return loopStart;
}
const nodeTimingShown = ['name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'bootstrapComplete',
  'environment', 'loopStart', 'loopExit', 'idleTime'];
class PerformanceNodeTiming {
  constructor() {
    const props = {
      name: () => 'node',
      entryType: () => 'node',
      startTime: () => 0,
      duration: () => now(),
      nodeStart: () => 0,
      v8Start: () => 0,
      environment: () => bootstrapComplete,
      loopStart: () => currentLoopStart(),
      loopExit: () => -1,
      bootstrapComplete: () => bootstrapComplete,
      idleTime: () => require('internal/loop').idleTime(),
      uvMetricsInfo: () => ({ loopCount: 0, events: 0, eventsWaiting: 0 }),
    };
    for (const k of Object.keys(props)) Object.defineProperty(this, k, { get: props[k], enumerable: true, configurable: true });
  }
  // node's toJSON and inspect show these (not uvMetricsInfo), in this order.
  toJSON() {
    const out = {};
    for (const k of nodeTimingShown) out[k] = this[k];
    return out;
  }
  [customInspect](depth, options) {
    if (depth < 0) return options.stylize('[PerformanceNodeTiming]', 'special');
    return inspectAs('PerformanceNodeTiming', this.toJSON(), options);
  }
}
const nodeTiming = new PerformanceNodeTiming();

// ---- Performance ------------------------------------------------------------------------------
function eventLoopUtilization(util1, util2) {
  const ls = currentLoopStart();
  if (ls <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = nodeTiming.idleTime;
  const active = now() - ls - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

function timerify(fn, options = {}) {
  if (typeof fn !== 'function') throw new (errors().ERR_INVALID_ARG_TYPE)('fn', 'function', fn);
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !histogramApi().isRecordable(histogram)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('options.histogram', 'RecordableHistogram', histogram);
  }
  function complete(start, args) {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
    const entry = new PerformanceNodeEntry(kSkip, fn.name, 'function', start, duration, args);
    for (let i = 0; i < args.length; i++) entry[i] = args[i];
    enqueue(entry);
  }
  function timerified(...args) {
    const start = now();
    if (new.target !== undefined) {
      const result = Reflect.construct(fn, args, fn);
      complete(start, args);
      return result;
    }
    const result = Reflect.apply(fn, this, args);
    if (result !== null && typeof result === 'object' && typeof result.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

class Performance extends require('internal/web').EventTarget {
  constructor(key = undefined) {
    if (key !== kSkip) throw new (errors().ERR_ILLEGAL_CONSTRUCTOR)();
    super();
  }
  clearMarks(name = undefined) {
    if (name !== undefined) {
      name = `${name}`;
      if (milestones.has(name)) throw new (errors().ERR_INVALID_ARG_VALUE)('name', name);
      markTimings.delete(name);
      markBuffer = markBuffer.filter((e) => e.name !== name);
    } else {
      markTimings.clear();
      markBuffer = [];
    }
  }
  clearMeasures(name = undefined) {
    if (name !== undefined) {
      name = `${name}`;
      measureBuffer = measureBuffer.filter((e) => e.name !== name);
    } else {
      measureBuffer = [];
    }
  }
  clearResourceTimings() { resourceBuffer = []; }
  getEntries() { return bufferOf(undefined, undefined); }
  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('name');
    return bufferOf(`${name}`, type === undefined ? undefined : `${type}`);
  }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('type');
    return bufferOf(undefined, `${type}`);
  }
  mark(name, options = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('name');
    const entry = new PerformanceMark(name, options);
    enqueue(entry);
    return entry;
  }
  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('name');
    if (typeof name !== 'string') throw new (errors().ERR_INVALID_ARG_TYPE)('name', 'string', name);
    const [start, duration] = startAndDuration(startOrMeasureOptions, endMark);
    const detail = cloneDetail(startOrMeasureOptions != null ? startOrMeasureOptions.detail : undefined);
    const entry = new PerformanceMeasure(kSkip, name, start, duration, detail);
    enqueue(entry);
    return entry;
  }
  now() { return now(); }
  // As node 20: the limit is taken as given (no check), entries already buffered stay.
  setResourceTimingBufferSize(maxSize) {
    resourceLimit = maxSize;
  }
  get timeOrigin() { return origin; }
  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
  eventLoopUtilization(util1, util2) { return eventLoopUtilization(util1, util2); }
  get nodeTiming() { return nodeTiming; }
  markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
    return markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode);
  }
  timerify(fn, options) { return timerify(fn, options); }
  [customInspect](depth, options) {
    if (depth < 0) return options.stylize('[Performance]', 'special');
    return inspectAs('Performance', { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, options);
  }
}
for (const k of Object.getOwnPropertyNames(Performance.prototype)) {
  if (k !== 'constructor') Object.defineProperty(Performance.prototype, k, { enumerable: true });
}
require('internal/web').defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
const performance = new Performance(kSkip);

// ---- PerformanceObserver -----------------------------------------------------------------------
const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');
const observers = new Set();
const pendingObservers = new Set();
let dispatchQueued = false;

function queueDispatch() {
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const list = Array.from(pendingObservers);
    pendingObservers.clear();
    for (const obs of list) obs[kDispatch]();
  });
}

let listEntries;
class PerformanceObserverEntryList {
  #list;
  constructor(key = undefined, entries = undefined) {
    if (key !== kSkip) throw new (errors().ERR_ILLEGAL_CONSTRUCTOR)();
    this.#list = entries.sort(byStartTime);
  }
  getEntries() { return listEntries(this).slice(); }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('type');
    type = `${type}`;
    return listEntries(this).filter((e) => e.entryType === type);
  }
  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('name');
    name = `${name}`;
    if (type != null) return listEntries(this).filter((e) => e.name === name && e.entryType === type);
    return listEntries(this).filter((e) => e.name === name);
  }
  [customInspect](depth, options) {
    if (depth < 0) return options.stylize('[PerformanceObserverEntryList]', 'special');
    return inspectAs('PerformanceObserverEntryList', listEntries(this), options);
  }
  static {
    listEntries = (v) => {
      if (v === null || typeof v !== 'object' || !(#list in v)) throw new (errors().ERR_INVALID_THIS)('PerformanceObserverEntryList');
      return v.#list;
    };
  }
}
for (const k of ['getEntries', 'getEntriesByType', 'getEntriesByName']) Object.defineProperty(PerformanceObserverEntryList.prototype, k, { enumerable: true });
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, { value: 'PerformanceObserverEntryList', configurable: true });

const kSingle = 0;
const kMultiple = 1;
class PerformanceObserver {
  #buffer = [];
  #types = new Set();
  #mode = undefined;
  #callback;
  constructor(callback) {
    if (typeof callback !== 'function') throw new (errors().ERR_INVALID_ARG_TYPE)('callback', 'function', callback);
    this.#callback = callback;
  }
  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) throw new (errors().ERR_MISSING_ARGS)('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new (errors().ERR_INVALID_ARG_VALUE)('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    switch (this.#mode) {
      case undefined:
        if (entryTypes !== undefined) this.#mode = kMultiple;
        if (type !== undefined) this.#mode = kSingle;
        break;
      case kSingle:
        if (entryTypes !== undefined) throw domException('PerformanceObserver can not change to multiple observations', 'InvalidModificationError');
        break;
      case kMultiple:
        if (type !== undefined) throw domException('PerformanceObserver can not change to single observation', 'InvalidModificationError');
        break;
    }
    if (this.#mode === kMultiple) {
      if (!Array.isArray(entryTypes)) throw new (errors().ERR_INVALID_ARG_TYPE)('options.entryTypes', 'string[]', entryTypes);
      this.#types.clear();
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this.#types.add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        const entries = bufferOf(undefined, type);
        for (const e of entries) this.#buffer.push(e);
        pendingObservers.add(this);
        queueDispatch();
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }
  disconnect() {
    observers.delete(this);
    pendingObservers.delete(this);
    this.#buffer = [];
    this.#types.clear();
    this.#mode = undefined;
  }
  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }
  static get supportedEntryTypes() { return supportedEntryTypes; }
  [kMaybeBuffer](entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    pendingObservers.add(this);
    queueDispatch();
  }
  [kDispatch]() {
    this.#callback(new PerformanceObserverEntryList(kSkip, this.takeRecords()), this);
  }
  [customInspect](depth, options) {
    if (depth < 0) return options.stylize('[PerformanceObserver]', 'special');
    return inspectAs('PerformanceObserver', {
      connected: observers.has(this),
      pending: pendingObservers.has(this),
      entryTypes: Array.from(this.#types),
      buffer: this.#buffer,
    }, options);
  }
}

// ---- histograms (monitorEventLoopDelay / createHistogram) ------------------------------------
// node's histograms are HdrHistograms: a value is counted in a bucket whose width grows with
// the value (exact below 2 * 10^figures); min, max, mean and percentiles are read back from the
// buckets as hdr_histogram_c does, so they match node's figures. Classes are made on first use.
let histogramClasses;
function histogramApi() {
  if (histogramClasses !== undefined) return histogramClasses;
  const V = require('internal/validators');
  const E = errors();
  const INT64_MAX = 9223372036854775807n;
  const bitLength = (v) => (v >= 4294967296 ? 64 - Math.clz32(Math.floor(v / 4294967296)) : 32 - Math.clz32(v));
  const kHdr = Symbol('kHandle');
  const kMap = Symbol('kMap');
  const kEnabled = Symbol('kEnabled');
  const kLoop = Symbol('kLoop');
  const { kClone, kDeserialize } = require('internal/web');
  class SafeMap extends Map {}

  class Hdr {
    constructor(lowest, highest, figures) {
      this.halfMag = Math.max(Math.ceil(Math.log2(2 * 10 ** figures)), 1) - 1;
      this.unitMag = bitLength(lowest) - 1;
      this.subCount = 2 ** (this.halfMag + 1);
      this.subHalf = this.subCount / 2;
      this.maskBits = bitLength((this.subCount - 1) * 2 ** this.unitMag);
      let untrackable = this.subCount * 2 ** this.unitMag;
      let buckets = 1;
      while (untrackable <= highest) {
        if (untrackable > 2 ** 62) { buckets++; break; }
        untrackable *= 2;
        buckets++;
      }
      this.countsLen = (buckets + 1) * this.subHalf;
      this.highest = highest;
      this.reset();
    }
    reset() { this.counts = new Map(); this.total = 0; this.minV = -1; this.maxV = 0; this.count = 0; this.exceeds = 0; this.prev = 0; }
    bucket(v) { return Math.max(bitLength(v), this.maskBits) - this.unitMag - (this.halfMag + 1); }
    lowestEq(v) { const b = this.bucket(v); return Math.floor(v / 2 ** (b + this.unitMag)) * 2 ** (b + this.unitMag); }
    rangeSize(v) {
      const b = this.bucket(v);
      return 2 ** (this.unitMag + (Math.floor(v / 2 ** (b + this.unitMag)) >= this.subCount ? b + 1 : b));
    }
    highestEq(v) { return this.lowestEq(v) + this.rangeSize(v) - 1; }
    medianEq(v) { return this.lowestEq(v) + Math.floor(this.rangeSize(v) / 2); }
    valueAt(i) {
      let b = Math.floor(i / this.subHalf) - 1;
      let s = (i % this.subHalf) + this.subHalf;
      if (b < 0) { s -= this.subHalf; b = 0; }
      return s * 2 ** (b + this.unitMag);
    }
    hdrRecord(v, n) {
      const b = this.bucket(v);
      const i = (b + 1) * this.subHalf + Math.floor(v / 2 ** (b + this.unitMag)) - this.subHalf;
      if (v > this.highest || i < 0 || i >= this.countsLen) return false;
      this.counts.set(i, (this.counts.get(i) || 0) + n);
      this.total += n;
      if (v !== 0 && (this.minV < 0 || v < this.minV)) this.minV = v;
      if (v > this.maxV) this.maxV = v;
      return true;
    }
    record(v) { if (this.hdrRecord(v, 1)) this.count++; else this.exceeds++; }
    indices() { return [...this.counts.keys()].sort((a, b) => a - b); }
    min() { return this.counts.get(0) > 0 ? 0 : this.minV < 0 ? Number(INT64_MAX) : this.lowestEq(this.minV); }
    max() { return this.maxV === 0 ? 0 : this.highestEq(this.maxV); }
    mean() {
      let sum = 0;
      for (const i of this.indices()) sum += this.counts.get(i) * this.medianEq(this.valueAt(i));
      return sum / this.total;
    }
    stddev() {
      const mean = this.mean();
      let sum = 0;
      for (const i of this.indices()) sum += this.counts.get(i) * (this.medianEq(this.valueAt(i)) - mean) ** 2;
      return Math.sqrt(sum / this.total);
    }
    percentile(p) {
      const want = Math.max(Math.floor((Math.min(p, 100) / 100) * this.total + 0.5), 1);
      let cum = 0;
      for (const i of this.indices()) {
        cum += this.counts.get(i);
        if (cum >= want) return this.highestEq(this.valueAt(i));
      }
      return 0;
    }
    // hdr's percentile iterator with one tick per half distance, as node's `percentiles`.
    percentiles(map, conv) {
      let to = 0;
      let cum = 0;
      let value = 0;
      for (const i of this.indices()) {
        cum += this.counts.get(i);
        value = this.valueAt(i);
        const current = (100 * cum) / this.total;
        while (to <= current) {
          map.set(to, conv(value));
          to += 100 / 2 ** (Math.trunc(Math.log2(100 / (100 - to))) + 1);
          if (cum >= this.total) break;
        }
      }
      map.set(100, conv(value));
    }
  }

  const hdrOf = (h) => (h !== null && typeof h === 'object' ? h[kHdr] : undefined);
  const illegal = () => new (E.ERR_ILLEGAL_CONSTRUCTOR)();
  function validatePercentile(percentile) {
    V.validateNumber(percentile, 'percentile');
    if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100) throw new (E.ERR_OUT_OF_RANGE)('percentile', '> 0 && <= 100', percentile);
  }
  // The histogram's percentile map (one per histogram, refilled on each read as node's), its
  // values converted by `convert`.
  function percentileMap(histogram, convert) {
    const map = histogram[kMap];
    if (map === undefined) return undefined;
    map.clear();
    histogram[kHdr].percentiles(map, convert);
    return map;
  }

  class Histogram {
    constructor() { throw illegal(); }
    get count() { return hdrOf(this)?.count; }
    get countBigInt() { const h = hdrOf(this); return h && BigInt(h.count); }
    get min() { return hdrOf(this)?.min(); }
    get minBigInt() { const h = hdrOf(this); return h && (h.counts.get(0) > 0 || h.minV >= 0 ? BigInt(h.min()) : INT64_MAX); }
    get max() { return hdrOf(this)?.max(); }
    get maxBigInt() { const h = hdrOf(this); return h && BigInt(h.max()); }
    get mean() { return hdrOf(this)?.mean(); }
    get exceeds() { return hdrOf(this)?.exceeds; }
    get exceedsBigInt() { const h = hdrOf(this); return h && BigInt(h.exceeds); }
    get stddev() { return hdrOf(this)?.stddev(); }
    percentile(percentile) {
      validatePercentile(percentile);
      return hdrOf(this)?.percentile(percentile);
    }
    percentileBigInt(percentile) {
      validatePercentile(percentile);
      const h = hdrOf(this);
      return h && BigInt(h.percentile(percentile));
    }
    get percentiles() { return percentileMap(this, Number); }
    get percentilesBigInt() { return percentileMap(this, BigInt); }
    reset() { hdrOf(this)?.reset(); }
    // a clone shares the recorded data, as node's histogram handle (an ELDHistogram's clone
    // is a plain Histogram)
    [kClone]() { return hdrOf(this) && { data: this[kHdr], deserializeInfo: Histogram }; }
    [kDeserialize](hdr) {
      this[kHdr] = hdr;
      this[kMap] = new SafeMap();
    }
    toJSON() {
      return {
        count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
        stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles.entries()),
      };
    }
    [customInspect](depth, options, inspect) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return `Histogram ${inspect({
        min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
        stddev: this.stddev, count: this.count, percentiles: this.percentiles,
      }, opts)}`;
    }
  }
  function recordDelta(h) {
    const time = binding.hrtime();
    if (h.prev > 0) h.record(Math.max(time - h.prev, 1));
    h.prev = time;
  }
  class RecordableHistogram extends Histogram {
    constructor() { throw illegal(); } // eslint-disable-line constructor-super
    record(val) {
      if (typeof val === 'bigint') {
        // node's binding takes a lossless int64 >= 1.
        if (val < 1n || val > INT64_MAX) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'value is out of range');
        hdrOf(this)?.record(Number(val));
        return;
      }
      V.validateInteger(val, 'val', 1);
      hdrOf(this)?.record(val);
    }
    recordDelta() { const h = hdrOf(this); if (h) recordDelta(h); }
    [kClone]() { return hdrOf(this) && { data: this[kHdr], deserializeInfo: RecordableHistogram }; }
    add(other) {
      const o = other instanceof RecordableHistogram ? hdrOf(other) : undefined;
      if (o === undefined) throw new (E.ERR_INVALID_ARG_TYPE)('other', 'RecordableHistogram', other);
      const h = hdrOf(this);
      h.count += o.count;
      h.exceeds += o.exceeds;
      if (o.prev > h.prev) h.prev = o.prev;
      for (const i of o.indices()) h.hdrRecord(o.valueAt(i), o.counts.get(i));
    }
  }
  class ELDHistogram extends Histogram {
    constructor() { throw illegal(); } // eslint-disable-line constructor-super
    enable() {
      if (this[kEnabled] === undefined) throw new (E.ERR_INVALID_THIS)('ELDHistogram');
      if (this[kEnabled]) return false;
      this[kEnabled] = true;
      const h = this[kHdr];
      // node's loop-delay timer records the time between its ticks (in ns).
      const loop = this[kLoop];
      loop.timer = setInterval(() => recordDelta(h), loop.resolution);
      loop.timer.unref();
      return true;
    }
    disable() {
      if (this[kEnabled] === undefined) throw new (E.ERR_INVALID_THIS)('ELDHistogram');
      if (!this[kEnabled]) return false;
      this[kEnabled] = false;
      clearInterval(this[kLoop].timer);
      return true;
    }
  }
  function make(Class, lowest, highest, figures) {
    // Enumerable symbol-keyed slots, as node's (so `inspect(h, { depth: -1 })` is `[Name]`).
    const h = Object.create(Class.prototype);
    h[kHdr] = new Hdr(lowest, highest, figures);
    h[kMap] = new SafeMap();
    return h;
  }
  function createHistogram(options = {}) {
    V.validateObject(options, 'options');
    const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
    if (typeof lowest !== 'bigint') V.validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
    if (typeof highest !== 'bigint') V.validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
    else if (highest < 2n * BigInt(lowest)) {
      throw nodeError(RangeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.highest' is invalid. Received ${highest}n`);
    }
    V.validateInteger(figures, 'options.figures', 1, 5);
    return make(RecordableHistogram, Number(lowest), Number(highest), figures);
  }
  function monitorEventLoopDelay(options = {}) {
    V.validateObject(options, 'options');
    const { resolution = 10 } = options;
    V.validateInteger(resolution, 'options.resolution', 1);
    const h = make(ELDHistogram, 1, Number(INT64_MAX), 3);
    h[kEnabled] = false;
    h[kLoop] = { resolution, timer: null };
    return h;
  }
  const isRecordable = (h) => h instanceof RecordableHistogram && hdrOf(h) !== undefined;
  return (histogramClasses = { createHistogram, monitorEventLoopDelay, isRecordable });
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay(options) { return histogramApi().monitorEventLoopDelay(options); },
  createHistogram(options) { return histogramApi().createHistogram(options); },
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
