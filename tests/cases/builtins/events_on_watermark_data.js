// events.on() iterators carry node's Symbol.for('nodejs.watermarkData') view (size, low, high,
// isPaused), which readline and userland read to see the buffered events and the paused state.
const { on, EventEmitter } = require('events');
const ee = new EventEmitter(); ee.pause = () => {}; ee.resume = () => {};
const it = on(ee, 'x', { highWaterMark: 3, lowWaterMark: 1 });
const wm = it[Symbol.for('nodejs.watermarkData')];
console.log(wm && Object.keys(wm), Reflect.ownKeys(it).map(String));
ee.emit('x', 1); ee.emit('x', 2); ee.emit('x', 3); ee.emit('x', 4);
console.log(wm && [wm.size, wm.low, wm.high, wm.isPaused]);
it.next().then(() => console.log(wm && [wm.size, wm.isPaused]));
