// Deep equality as node 20: URLs compare by href (their state is private) and print as their
// href in assertion messages and in util.inspect without custom inspection; own keys are
// compared before a cycle counts a pair as equal.
const assert = require('assert');
const util = require('util');
const t = (a, b) => {
  let loose;
  try { assert.deepEqual(a, b); loose = 1; } catch { loose = 0; }
  console.log(+util.isDeepStrictEqual(a, b), loose);
};
t(new URL('http://a/x'), new URL('http://a/x'));
t(new URL('http://a/x'), new URL('http://a/y'));
t({ u: new URL('http://a/?q=1') }, { u: new URL('http://a/?q=2') });
t({ href: 'h', protocol: 'p' }, { href: 'g', protocol: 'p' });
for (const f of [
  () => assert.deepStrictEqual(new URL('http://a/x'), new URL('http://a/y')),
  () => assert.deepStrictEqual({ u: new URL('http://a/x') }, { u: new URL('http://a/y') }),
  () => assert.strictEqual(new URL('http://a/x'), new URL('http://a/x')),
]) {
  try { f(); } catch (e) { console.log(e.message); }
}
const u = new URL('http://a/x');
u.extra = 1;
console.log(util.inspect(u, { customInspect: false }), util.inspect({ u }, { customInspect: false, depth: 0 }));

const cyc = [];
{ const a = { x: {} }; a.x.b = a; const b = { x: {} }; b.x.b = b.x; cyc.push([a, b]); }
{ const a = []; a.push(a); const b = []; b.push([b]); cyc.push([a, b]); }
{ const a = {}; a.x = a; const b = {}; const c = {}; b.x = c; c.x = b; cyc.push([a, b]); }
{ const a = [{}]; a[0].p = a; const b = [{}]; b[0].p = [{ p: b }]; cyc.push([a, b]); }
for (const [a, b] of cyc) t(a, b);
