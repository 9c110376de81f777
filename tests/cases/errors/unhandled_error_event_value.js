// An unhandled 'error' event with a value that is not an Error crashes with ERR_UNHANDLED_ERROR.
const EventEmitter = require('events');
process.on('exit', (code) => console.log('exit event', code));
new EventEmitter().emit('error', { reason: 'bad', nested: { deep: [1, 2] } });
