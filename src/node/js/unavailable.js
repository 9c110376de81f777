// Built-ins that cannot work inside a WebAssembly sandbox (processes, threads, inspector...).
// They load, so `require` never breaks a package; calling them throws a clear node-style error.
'use strict';

const { codes } = require('internal/errors');
const name = module.id;

function unavailable(what) {
  return function () {
    throw new codes.ERR_CHILD_PROCESS_UNAVAILABLE(`${name}.${what}()`);
  };
}

// node 20's export names of each (so `Object.keys` and ESM named imports such as
// `import { Worker } from 'cluster'` work); values other than functions are listed.
const names = {
  cluster: ['isWorker', 'isMaster', 'isPrimary', 'Worker', 'workers', 'settings', 'SCHED_NONE', 'SCHED_RR',
    'schedulingPolicy', 'setupPrimary', 'setupMaster', 'fork', 'disconnect'],
  inspector: ['open', 'close', 'url', 'waitForDebugger', 'console', 'Session', 'Network'],
  'inspector/promises': ['open', 'close', 'url', 'waitForDebugger', 'console', 'Session', 'Network'],
  trace_events: ['createTracing', 'getEnabledCategories'],
  wasi: ['WASI'],
  repl: ['start', 'writer', 'REPLServer', 'REPL_MODE_SLOPPY', 'REPL_MODE_STRICT', 'Recoverable', 'builtinModules'],
  http2: ['connect', 'constants', 'createServer', 'createSecureServer', 'getDefaultSettings', 'getPackedSettings',
    'getUnpackedSettings', 'sensitiveHeaders', 'Http2ServerRequest', 'Http2ServerResponse'],
  dgram: ['_createSocketHandle', 'createSocket', 'Socket'],
  domain: ['_stack', 'Domain', 'active', 'createDomain', 'create'],
};
const values = {
  isWorker: false, isMaster: true, isPrimary: true, workers: {}, settings: {}, SCHED_NONE: 1, SCHED_RR: 2,
  schedulingPolicy: 2, REPL_MODE_SLOPPY: Symbol('repl-sloppy'), REPL_MODE_STRICT: Symbol('repl-strict'),
  builtinModules: require('module').builtinModules, constants: {}, sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders'),
  _stack: [], active: null, console: {},
};
const known = {};
for (const key of names[name] || []) {
  known[key] = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : unavailable(key);
}

module.exports = new Proxy(known, {
  get(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop)) return target[prop];
    if (typeof prop === 'symbol' || prop === 'then' || prop === '__esModule') return undefined;
    if (prop === 'isMainThread') return true;
    if (prop === 'isPrimary' || prop === 'isMaster') return true;
    if (prop === 'isWorker') return false;
    if (prop === 'parentPort' || prop === 'workerData') return null;
    return unavailable(prop);
  },
});
