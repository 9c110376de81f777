// node:worker_threads (placeholder: work in progress). No threads in the sandbox: isMainThread
// is true and Worker throws; the rest is filled in next.
'use strict';

const { codes } = require('internal/errors');

module.exports = {
  isMainThread: true,
  parentPort: null,
  workerData: null,
  threadId: 0,
  resourceLimits: {},
  Worker: function Worker() { throw new codes.ERR_CHILD_PROCESS_UNAVAILABLE('worker_threads.Worker()'); },
};
