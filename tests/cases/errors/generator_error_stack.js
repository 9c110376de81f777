// Errors created inside generators and resumed async functions: caught normally, with frames named as node names them.
function* g() { throw new Error('first run'); }
try { g().next(); } catch (e) { console.log('caught', e.message); }
function* h() { yield 1; const e = new Error('after yield'); yield e; }
const it = h(); it.next();
console.log(it.next().value.message);
class K { *m() { throw new TypeError('in method'); } }
try { new K().m().next(); } catch (e) { console.log(e.name, e.message, e.stack.split('\n')[1].trim().split(' (')[0]); }
async function f() { await null; throw new Error('after await'); }
f().catch((e) => console.log('async', e.message));
async function* ag() { await null; yield new Error('async gen').message; }
ag().next().then((r) => console.log(r.value));
const nested = function* () { (function inner() { throw new RangeError('nested'); })(); };
try { nested().next(); } catch (e) { console.log(e.stack.split('\n')[1].trim().split(' (')[0]); }
