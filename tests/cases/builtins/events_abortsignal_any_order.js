// AbortSignal.any as node: the result follows the plain source signals (flattening composite ones), and a
// source aborts its dependants after its own 'abort' listeners ran (no listener is added on the sources).
const util = require('util');
const log = (...a) => console.log(...a);
const a = new AbortController(), b = new AbortController();
const any1 = AbortSignal.any([a.signal]);
const any2 = AbortSignal.any([any1, b.signal]);
const any3 = AbortSignal.any([any2, any2, any1]);
for (const [n, s] of [['any1', any1], ['any2', any2], ['any3', any3]]) s.addEventListener('abort', () => log('abort', n, s.reason));
a.abort('A');
log(any1.aborted, any2.aborted, any3.aborted, any3.reason);
b.abort('B');
log(any2.reason);
const c = new AbortController();
const s1 = AbortSignal.any([c.signal]);
const order = [];
c.signal.addEventListener('abort', () => order.push('c'));
s1.addEventListener('abort', () => order.push('s1'));
c.signal.onabort = () => order.push('c.onabort');
c.abort();
log(order);
log(util.inspect(AbortSignal.any([])), util.inspect(AbortSignal.abort(1)));
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => log('listener', e.constructor.name, e.type, e.isTrusted, e.target === ac.signal, ac.signal.aborted, ac.signal.reason.name));
ac.abort(undefined);
log(ac.signal.reason instanceof DOMException, ac.signal.reason.name);
const ac2 = new AbortController();
ac2.abort(null);
log(ac2.signal.reason);
try { AbortSignal.any([a.signal, {}]); } catch (e) { log(e.code, e.message); }
try { AbortSignal.any(new Set([a.signal])); } catch (e) { log('set', e.code, e.message); }
try { new AbortSignal(); } catch (e) { log(e.code, e.message, e.name); }
try { AbortSignal.timeout(); } catch (e) { log(e.code, e.message); }
try { AbortSignal.timeout(2 ** 53); } catch (e) { log(e.code, e.message); }
log(typeof AbortSignal.prototype.throwIfAborted, AbortSignal.length, AbortController.length);
const ac3 = new AbortController();
const { signal } = ac3;
let calls = 0;
signal.addEventListener('abort', () => { calls++; ac3.abort(); });
ac3.abort();
log('reentrant calls', calls);
{
  const { getEventListeners } = require('events');
  const x = new AbortController();
  const anyX = AbortSignal.any([x.signal, x.signal]);
  let n = 0;
  anyX.addEventListener('abort', () => n++);
  console.log('listeners on source', getEventListeners(x.signal, 'abort').length);
  const nested = AbortSignal.any([anyX, AbortSignal.any([])]);
  nested.onabort = () => console.log('nested aborted', nested.reason, n);
  x.abort('X');
  console.log('dup source fired once', n);
  const pre = AbortSignal.any([AbortSignal.any([AbortSignal.abort('P')])]);
  console.log(pre.aborted, pre.reason);
}
