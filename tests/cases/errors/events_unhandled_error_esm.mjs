// ERR_UNHANDLED_ERROR thrown at an ES module's top level is reported (as node reports a module's
// evaluation error) where it was made: node:events:513, the `new ERR_UNHANDLED_ERROR`.
import { EventEmitter } from 'node:events';
console.log('before');
new EventEmitter().emit('error', { reason: 'not an Error' });
