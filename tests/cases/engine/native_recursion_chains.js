// Chains a script builds at run time (prototype chains, proxies of proxies, derived classes)
// and deeply nested source (blocks, ifs, unary operators, member and call chains, object
// literals) work at moderate depths and throw V8's catchable RangeError when extreme: rjs
// recursed on the host stack and trapped wasmtime's (an uncatchable crash) ~900-3000 deep.
// (A proxy set chain stops with that RangeError past ~400 levels in rjs, deeper in node.)
function attempt(name, f, sizes) {
  const out = [];
  for (const n of sizes) {
    try { out.push(String(f(n))); } catch (e) { out.push(e.name + ': ' + e.message); }
  }
  console.log(name, out.join(' | '));
}
function protoChain(n) { let p = { x: 1 }; for (let i = 0; i < n; i++) p = Object.create(p); return p; }
attempt('prototype get', (n) => protoChain(n).x, [10, 5000, 50000]);
attempt('prototype miss', (n) => protoChain(n).nope, [10, 50000]);
attempt('prototype set', (n) => { const o = protoChain(n); o.y = 2; return o.y + Object.keys(o).length; }, [10, 50000]);
attempt('prototype has', (n) => 'x' in protoChain(n), [10, 50000]);
attempt('prototype Reflect.set', (n) => Reflect.set(protoChain(n), 'z', 1, {}), [10, 50000]);
attempt('prototype accessor', (n) => {
  let p = { get v() { return this.k; } };
  for (let i = 0; i < n; i++) p = Object.create(p);
  p.k = 7;
  return p.v;
}, [10, 50000]);
attempt('prototype setter', (n) => {
  let seen;
  let p = { set v(x) { seen = x; } };
  for (let i = 0; i < n; i++) p = Object.create(p);
  p.v = 3;
  return seen + ':' + Object.keys(p).length;
}, [10, 50000]);
function proxyChain(n) { let p = { x: 1 }; for (let i = 0; i < n; i++) p = new Proxy(p, {}); return p; }
attempt('proxy get', (n) => proxyChain(n).x, [10, 1000, 100000]);
attempt('proxy set', (n) => { const p = proxyChain(n); p.y = 2; return p.y; }, [10, 200, 100000]);
attempt('proxy has', (n) => 'x' in proxyChain(n), [10, 1000, 100000]);
attempt('proxy delete', (n) => delete proxyChain(n).x, [10, 1000, 100000]);
attempt('proxy keys', (n) => Object.keys(proxyChain(n)).join(), [10, 1000, 100000]);
attempt('proxy descriptor', (n) => Object.getOwnPropertyDescriptor(proxyChain(n), 'x').value, [10, 1000, 100000]);
attempt('proxy construct', (n) => {
  let f = function () { this.a = 1; };
  for (let i = 0; i < n; i++) f = new Proxy(f, {});
  return new f().a;
}, [10, 1000, 100000]);
attempt('proxy isArray', (n) => { let a = []; for (let i = 0; i < n; i++) a = new Proxy(a, {}); return Array.isArray(a); }, [10, 100000]);
function classChain(n, make) { let C = class { constructor() { this.d = 0; } }; for (let i = 0; i < n; i++) C = make(C); return C; }
attempt('derived classes', (n) => new (classChain(n, (B) => class extends B {}))().d, [10, 3000]);
attempt('derived super()', (n) => new (classChain(n, (B) => class extends B { constructor() { super(); this.d++; } }))().d, [10, 3000]);
attempt('Reflect.construct newTarget', (n) => {
  const Base = class { constructor() { this.d = 5; } };
  let C = Base;
  for (let i = 0; i < n; i++) C = class extends C {};
  return Reflect.construct(Base, [], C).d;
}, [10, 3000]);
const source = {
  'blocks': (n) => '{'.repeat(n) + '1' + '}'.repeat(n),
  'ifs': (n) => 'if (1) '.repeat(n) + '1;',
  'not': (n) => '!'.repeat(n) + '1',
  'typeof': (n) => 'typeof '.repeat(n) + '1',
  'objects': (n) => '(' + '{a:'.repeat(n) + '1' + '}'.repeat(n) + ').a',
  'member chain': (n) => 'var o = {}; o.o = o; o' + '.o'.repeat(n) + ' === o',
  'call chain': (n) => 'var f = () => f; f' + '()'.repeat(n) + ' === f',
  'method chain': (n) => 'var o = { m() { return o; } }; o' + '.m()'.repeat(n) + ' === o',
};
for (const [name, make] of Object.entries(source)) {
  attempt('eval ' + name, (n) => typeof (0, eval)(make(n)), [10, 60, 100000]);
}
