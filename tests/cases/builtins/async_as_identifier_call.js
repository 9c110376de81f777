// `async` is an ordinary identifier: `async(...)` is a call unless `=>` follows on the same
// line (CoverCallExpressionAndAsyncArrowHead), as in asynckit's `iterator(item, async(cb))`.
function async(...args) { return 'called:' + args.length; }
function g(a, b) { return b; }
const cb = 1;
console.log(g(1, async(cb)), async(), async(...[1, 2]), async(cb).length, [async(cb, cb)]);
console.log(async(cb) + '!', async(cb) ? 'y' : 'n', typeof async(cb).toUpperCase());
const o = { async };
console.log(o.async(1), (async)(cb));
const a1 = async (x, y = 2, ...r) => x + y + r.length;
const a2 = async ({ p, q = 3 }, [m, n]) => p + q + m + n;
const a3 = async () => 'empty';
const a4 = async (...[u, v]) => u + v;
const a5 = async x => x;
const a6 = async (x) => { return x * 2; };
Promise.all([a1(1), a2({ p: 1 }, [2, 3]), a3(), a4(4, 5), a5(6), a6(7)])
  .then((v) => console.log(v, a1.length, a2.length, a1 instanceof Function, a6.constructor.name));
for (const src of ['async (a)\n=> 1', 'async(a, a) => 1', 'async(1) => 1', '(async)(a) => 1', 'async(a) => { let a; }', 'async(a).b => 1', 'async (...a, b) => 1', 'async (x, ...[y, z]) => 1']) {
  try { new Function(src); console.log('parses', JSON.stringify(src)); } catch (e) { console.log(e.name, JSON.stringify(src)); }
}
