// An 'error' event with no listener, emitted with an Error inside an async function: the
// unhandled rejection is reported where the error was made (this file's line), not at node's
// `throw er` in events (that header is for a synchronous throw).
const { EventEmitter } = require('events');
async function run() {
  await null;
  new EventEmitter().emit('error', new Error('emitted in async'));
}
run();
