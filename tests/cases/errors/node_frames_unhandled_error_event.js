// An 'error' event with no listener and a non-Error value throws ERR_UNHANDLED_ERROR from node's
// emit, named by the emitter's type ('Store.emit (node:events:513:17)'), as the crash report and a
// caught error's stack show it.
const { EventEmitter } = require('events');
class Store extends EventEmitter {}
const top = (e) => e.stack.split('\n').slice(0, 3).join('\n').replace(/\(\/.*\//, '(');
for (const em of [new EventEmitter(), new Store(), Object.create(EventEmitter.prototype), process]) {
  try { em.emit('error', { code: 'X' }); } catch (e) { console.log(top(e), Object.keys(e)); }
}
// With an Error, the error itself is thrown with its own frames.
try { new Store().emit('error', new Error('own')); } catch (e) { console.log(top(e)); }
Error.stackTraceLimit = 0;
try { new Store().emit('error', 5); } catch (e) { console.log(JSON.stringify(e.stack)); }
Error.stackTraceLimit = 10;
new Store().emit('error', [1, 2]);
