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

module.exports = new Proxy({}, {
  get(target, prop) {
    if (typeof prop === 'symbol' || prop === 'then' || prop === '__esModule') return undefined;
    if (prop === 'isMainThread') return true;
    if (prop === 'isPrimary' || prop === 'isMaster') return true;
    if (prop === 'isWorker') return false;
    if (prop === 'parentPort' || prop === 'workerData') return null;
    return unavailable(prop);
  },
});
