// The console objects as node 20 builds them: the global console is a plain object
// ('Object [console]') with bound methods named by their keys, a Console instance binds the
// prototype's methods (aliases share functions), state lives under symbols, instanceof goes
// through Symbol.hasInstance, and a write error the stream reports later is swallowed.
const { Console } = require('console');
const { Writable } = require('stream');
console.log(console);
const sink = new Writable({ write(c, e, cb) { setImmediate(() => cb(new Error('write failed'))); } });
const c = new Console(sink);
console.log(c);
console.log(Object.prototype.toString.call(console), Object.prototype.toString.call(c));
console.log(Object.getOwnPropertyNames(console).join());
console.log(Object.getOwnPropertyNames(c).join());
console.log(Object.getOwnPropertySymbols(c).map(String).join());
console.log(Object.getOwnPropertyNames(Console.prototype).join());
const P = Console.prototype;
console.log(P.info === P.log, P.debug === P.log, P.dirxml === P.log, P.error === P.warn, P.groupCollapsed === P.group);
console.log([console.info, console.dir, console.table, c.info, c.dir, c.assert].map((f) => `${f.name}/${f.length}`).join());
console.log(console instanceof Console, c instanceof Console, {} instanceof Console, Console.length);
class Mine extends Console { log(...a) { super.log('[mine]', ...a); } }
const out = [];
const m = new Mine({ write(s) { out.push(s); }, listenerCount() { return 0; }, once() {}, removeListener() {} });
m.log('x'); m.info('y');
console.log(out);
c.log('to a failing stream');
setTimeout(() => console.log('still alive, error listeners:', sink.listenerCount('error')), 20);
