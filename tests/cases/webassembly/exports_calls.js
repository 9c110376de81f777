// Exported functions: i32/i64(BigInt)/f32/f64 conversions, imported JS functions, an
// imported memory viewed in place by Memory#buffer, traps as RuntimeError, multi-value.
const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,45,9,96,1,127,0,96,2,127,127,1,127,96,2,126,126,1,126,96,2,125,124,1,124,96,0,0,96,0,1,127,96,2,127,127,0,96,1,127,1,127,96,0,2,127,126,2,23,2,3,101,110,118,3,108,111,103,0,0,3,101,110,118,3,109,101,109,2,1,1,4,3,13,12,1,2,3,1,4,5,0,6,7,7,5,8,6,6,1,127,1,65,7,11,7,91,13,1,103,3,0,3,97,100,100,0,1,5,97,100,100,54,52,0,2,4,109,117,108,102,0,3,3,100,105,118,0,4,4,116,114,97,112,0,5,3,111,111,98,0,6,7,99,97,108,108,76,111,103,0,7,5,115,116,111,114,101,0,8,4,108,111,97,100,0,9,4,103,114,111,119,0,10,4,115,105,122,101,0,11,4,112,97,105,114,0,12,10,94,12,7,0,32,0,32,1,106,11,7,0,32,0,32,1,124,11,8,0,32,0,187,32,1,162,11,7,0,32,0,32,1,109,11,3,0,0,11,11,0,65,240,255,255,255,7,40,2,0,11,6,0,32,0,16,0,11,9,0,32,0,32,1,58,0,0,11,7,0,32,0,45,0,0,11,6,0,32,0,64,0,11,4,0,63,0,11,6,0,65,1,66,2,11]);
const logged = [];
const mem = new WebAssembly.Memory({ initial: 1, maximum: 4 });
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: { log: (x) => logged.push(x), mem },
});
console.log(Object.keys(e).join(','));
console.log(e.add(2, 3), e.add(0x7fffffff, 1), e.add('4', 1.9), e.add());
console.log(e.add64(5n, 7n), e.add64(-1n, 0n), e.add64(2n ** 63n - 1n, 1n));
try { e.add64(1, 2); } catch (err) { console.log(err.name, err.message); }
console.log(e.mulf(1.1, 2), e.div(7, 2), e.div(-7, 2));
e.callLog(42); e.callLog(-1);
console.log(logged);
console.log(typeof e.add, e.add.length, e.add.name === String(Number(e.add.name)));
console.log(e.g instanceof WebAssembly.Global, e.g.value);
e.g.value = 99; console.log(e.g.value, e.g.valueOf());
e.store(10, 300); console.log(e.load(10), new Uint8Array(mem.buffer)[10]);
new Uint8Array(mem.buffer)[11] = 77; console.log(e.load(11));
console.log(e.pair());
for (const [name, f] of [['trap', () => e.trap()], ['div0', () => e.div(1, 0)], ['oob', () => e.oob()], ['ovf', () => e.div(-2147483648, -1)]]) {
  try { f(); } catch (err) { console.log(name, err instanceof WebAssembly.RuntimeError, err.name, err.message); }
}
const before = mem.buffer;
console.log(e.size(), e.grow(1), e.size(), before.byteLength, mem.buffer.byteLength, before === mem.buffer);
console.log(mem.grow(1), mem.buffer.byteLength, e.size(), e.grow(5), e.size());
