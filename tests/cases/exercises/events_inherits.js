// Old-style emitters (util.inherits + EventEmitter.call), a ticker that emits on an interval,
// 'newListener', setMaxListeners, off/once ordering, and errors thrown inside listeners.
const util = require('util');
const EventEmitter = require('events').EventEmitter;
function Ticker(limit) {
  EventEmitter.call(this);
  this.count = 0;
  const t = setInterval(() => {
    this.emit('tick', ++this.count);
    if (this.count === limit) {
      clearInterval(t);
      this.emit('done');
    }
  }, 2);
}
util.inherits(Ticker, EventEmitter);
Ticker.prototype.describe = function () { return `ticker at ${this.count}`; };
const t = new Ticker(3);
t.on('newListener', (ev, fn) => console.log('newListener', ev, typeof fn));
const onTick = (n) => console.log('tick', n);
t.on('tick', onTick);
t.once('tick', (n) => console.log('first tick only', n));
t.on('done', function () {
  console.log('done', this.describe(), this instanceof EventEmitter, Ticker.super_ === EventEmitter);
  t.off('tick', onTick);
  console.log(t.listenerCount('tick'), EventEmitter.defaultMaxListeners);
  const e = new EventEmitter();
  e.on('x', () => { throw new Error('listener failed'); });
  e.on('x', () => console.log('second listener never runs'));
  try { e.emit('x'); } catch (err) { console.log('caught', err.message); }
  console.log(util.inspect(new EventEmitter(), { depth: 0 }));
});
