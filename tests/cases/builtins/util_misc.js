'use strict';
const util = require('util');
const log = console.log;
const show = (label, f) => { try { const r = f(); log(label, 'ok', r); } catch (e) { log(label, 'threw', e.name, e.code, e.message); } };

// format
const fmts = [
  ['%s %s', 'a'], ['%d', '42'], ['%d', 1.5], ['%i', 42.9], ['%f', '1.5x'], ['%j', { a: 1 }], ['%o', { a: [1] }],
  ['%O', { a: { b: { c: { d: 1 } } } }], ['%%s', 1], ['%c', 'css'], ['%s', Symbol('s')], ['%d', 10n], ['%i', 10n],
  ['%s', 10n], ['%s', -0], ['%d', -0], ['%s', null], ['%s', undefined], ['%s', { a: 1 }], ['%s', [1, [2, [3]]]],
  ['%s', Object.assign(new Error('e1'), { stack: 'Error: e1\n    at fake (file.js:1:1)' })], ['%s', function foo() {}], ['%j', (() => { const o = {}; o.o = o; return o; })()],
  ['a', 'b', 3, { c: 1 }], [1, 2], ['%s'], ['%x', 1], ['%s:%s', 'a', 'b', 'c'], ['%d', {}], ['%d', Symbol('x')],
  ['%s', { toString() { return 'custom'; } }], ['%s', new Date(0)], ['%s', Object.create(null)], ['%i', 'abc'], ['%f', Symbol('y')],
];
for (const args of fmts) { try { log(JSON.stringify(util.format(...args))); } catch (e) { log('format threw', e.message); } }
log(util.formatWithOptions({ colors: true }, '%s %o', 'x', 1));
show('fwo', () => util.formatWithOptions(1, 'x'));

// inherits
function A() {}
A.prototype.hi = function () { return 'hi'; };
function B() { A.call(this); }
util.inherits(B, A);
log(new B().hi(), B.super_ === A, Object.getPrototypeOf(B.prototype) === A.prototype);
show('inh1', () => util.inherits(null, A));
show('inh2', () => util.inherits(B, null));
show('inh3', () => util.inherits(B, {}));
show('inh4', () => util.inherits(B, () => {}));

// promisify / callbackify
const cbFn = (a, b, cb) => setImmediate(() => (a < 0 ? cb(new Error('neg')) : cb(null, a + b)));
const p = util.promisify(cbFn);
log(typeof p, p.name, util.promisify(p) === p);
function custom() {}
custom[util.promisify.custom] = () => 'custom!';
log(util.promisify(custom)(), util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
show('prom1', () => util.promisify(1));
custom[util.promisify.custom] = 5;
show('prom2', () => util.promisify(custom));
show('cb1', () => util.callbackify(1));
const cbd = util.callbackify(async function named(x) { if (x === 1) throw null; if (x === 2) throw new Error('two'); if (x === 3) throw 0; return x * 2; });
log(cbd.name, cbd.length);
show('cb2', () => cbd(5));
(async () => {
  log(await p(1, 2));
  try { await p(-1, 0); } catch (e) { log('rejected', e.message); }
  await new Promise((r) => cbd(5, (err, v) => { log('cbd', err, v); r(); }));
  await new Promise((r) => cbd(1, (err) => { log('cbd null', err.name, err.code, err.message, err.reason); r(); }));
  await new Promise((r) => cbd(3, (err) => { log('cbd 0', err.code, err.reason); r(); }));
  await new Promise((r) => cbd(2, (err) => { log('cbd err', err.message); r(); }));
  const sleep = util.promisify(setTimeout);
  log('sleep', await sleep(1, 'val'));
  const imm = util.promisify(setImmediate);
  log('imm', await imm('iv'));
  const ac = new AbortController();
  const ab = util.aborted(ac.signal, {});
  ac.abort();
  log('aborted', typeof (await ab));
  try { await util.aborted(1, {}); } catch (e) { log(e.code, e.message); }
  try { await util.aborted(ac.signal, 1); } catch (e) { log(e.code, e.message); }
})();

// is* and misc
const vals = [null, undefined, 0, '', 's', Symbol('q'), [], {}, () => {}, /r/, new Date(0), new Error('x'), 1n, true];
for (const name of ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive']) {
  log(name, typeof util[name] === 'function' ? vals.map((v) => (util[name](v) ? 1 : 0)).join('') : 'missing');
}
log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
show('strip', () => util.stripVTControlCharacters(1));
log(JSON.stringify(util.toUSVString('a\ud800b\udc00c\ud83d\ude00')));
log(JSON.stringify(util.styleText('red', 'x')), JSON.stringify(util.styleText(['bold', 'underline'], 'y')));
show('style1', () => util.styleText('nope', 'x'));
show('style2', () => util.styleText('red', 1));
log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-4058 + 4000));
show('sysname', () => util.getSystemErrorName(1));
show('sysname2', () => util.getSystemErrorName('x'));
const map = util.getSystemErrorMap();
log(map instanceof Map, map.get(-2), map.get(-111));
log(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), util.isDeepStrictEqual([1], ['1']), util.isDeepStrictEqual(NaN, NaN));
log(typeof util.debuglog('foo'), util.debuglog('foo').enabled, util.debug === util.debuglog);
log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));
log(Object.keys(util).sort().join());
log(typeof util.TextEncoder, typeof util.TextDecoder, util.types === require('util/types'));
log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
show('defopts', () => { util.inspect.defaultOptions = null; });
show('defopts2', () => { util.inspect.defaultOptions = { depth: 'x' }; });
show('defopts3', () => { util.inspect.defaultOptions = { breakLength: 100 }; return util.inspect.defaultOptions.breakLength; });
util.inspect.defaultOptions = { breakLength: 80 };
