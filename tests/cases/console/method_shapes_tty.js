// Names and lengths as node 20's: console.createTask (V8's native, length 0) and
// tty.WriteStream's getColorDepth (env defaults, length 0) / hasColors.
const tty = require('tty');
console.log(console.createTask.name, console.createTask.length);
for (const k of ['getColorDepth', 'hasColors', 'cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'getWindowSize']) {
  const f = tty.WriteStream.prototype[k];
  console.log(k, JSON.stringify(f.name), f.length);
}
const gcd = tty.WriteStream.prototype.getColorDepth;
console.log(gcd.call({}, { TERM: 'xterm-256color' }), gcd.call({}, { FORCE_COLOR: '3' }), tty.WriteStream.prototype.hasColors.call({}, 16, { TERM: 'xterm' }));
for (const a of [[], [''], [5], [null], ['x']]) { try { console.log(typeof console.createTask(...a).run); } catch (e) { console.log(e.name, e.message); } }
