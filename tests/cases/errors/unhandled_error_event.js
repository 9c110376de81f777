// An 'error' event without a listener throws the error itself (an Error), else
// ERR_UNHANDLED_ERROR with the inspected value as context.
const EventEmitter = require('events');
class Conn extends EventEmitter {}
const values = ['text', undefined, 42, { a: { b: { c: 1 } } }, null];
for (const v of values) {
  try { new Conn().emit('error', v); } catch (e) { console.log(e.name, e.code, e.message, e.context === v); }
}
const err = new Error('same');
try { new Conn().emit('error', err); } catch (e) { console.log(e === err, Object.keys(e), Object.getOwnPropertySymbols(e).length); }
process.on('exit', (code) => console.log('exit event', code));
const c = new Conn();
setTimeout(() => c.emit('error', new Error('unhandled on a Conn')), 1);
