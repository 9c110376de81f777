// The WebAssembly namespace: its members, tags, constructors' checks and messages, Memory
// growth detaching old buffers, JS-made Globals and Tables, validate, Module reflection.
const empty = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
console.log(Object.keys(WebAssembly).join(','));
console.log(['Module', 'Instance', 'Memory', 'Table', 'Global', 'CompileError', 'LinkError', 'RuntimeError'].map((n) => typeof WebAssembly[n]).join(','));
console.log(String(WebAssembly), Object.prototype.toString.call(WebAssembly));
console.log(WebAssembly.Module.length, WebAssembly.Instance.length, WebAssembly.Memory.length, WebAssembly.Table.length, WebAssembly.Global.length);
console.log(Object.getOwnPropertyNames(WebAssembly.Memory.prototype).sort().join(','), Object.keys(WebAssembly.Memory.prototype).join(','));
const m = new WebAssembly.Memory({ initial: 1, maximum: 3 });
console.log(Object.prototype.toString.call(m), m.buffer.byteLength, m.buffer === m.buffer, m.buffer instanceof ArrayBuffer);
const b = m.buffer;
new Uint8Array(b)[5] = 9;
console.log(m.grow(1), b.byteLength, m.buffer.byteLength, new Uint8Array(m.buffer)[5]);
const b2 = m.buffer;
console.log(m.grow(0), b2.byteLength, m.buffer.byteLength);
for (const f of [() => m.grow(5), () => new WebAssembly.Memory({}), () => new WebAssembly.Memory({ initial: 2, maximum: 1 }),
  () => new WebAssembly.Memory({ initial: 70000 }), () => new WebAssembly.Module(new Uint8Array([1, 2, 3, 4])),
  () => new WebAssembly.Module(), () => new WebAssembly.Module(5), () => WebAssembly.validate('x'),
  () => WebAssembly.Module.exports({}), () => new WebAssembly.Global({ value: 'i64' }, 5),
  () => new WebAssembly.Global({ value: 'x' }, 5), () => new WebAssembly.Instance({})]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.constructor === WebAssembly[e.name] || e.constructor.name); }
}
try { new WebAssembly.Module(new Uint8Array([1, 2, 3, 4])); } catch (e) { console.log(e instanceof WebAssembly.CompileError, e instanceof Error, e.message.startsWith('WebAssembly.Module(): ')); }
console.log(WebAssembly.validate(empty), WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])), WebAssembly.validate(empty.buffer));
const g = new WebAssembly.Global({ value: 'i32', mutable: true }, 42);
console.log(Object.prototype.toString.call(g), g.value, g.valueOf());
g.value = 7.9; console.log(g.value);
const g2 = new WebAssembly.Global({ value: 'i64' }, 5n);
console.log(g2.value, new WebAssembly.Global({ value: 'f32' }, 1.1).value, new WebAssembly.Global({ value: 'f64' }).value);
try { g2.value = 3n; } catch (e) { console.log(e.name, e.message); }
const t = new WebAssembly.Table({ element: 'anyfunc', initial: 2 });
console.log(Object.prototype.toString.call(t), t.length, t.get(0), t.grow(1), t.length);
const x = new WebAssembly.Table({ element: 'externref', initial: 1 }, 'init');
x.set(0, { k: 1 }); console.log(x.get(0), x.grow(1, 5), x.get(1));
console.log(new WebAssembly.RuntimeError('x').message, String(new WebAssembly.LinkError('y')), Object.getPrototypeOf(WebAssembly.RuntimeError) === Error);
const mod = new WebAssembly.Module(empty);
console.log(WebAssembly.Module.exports(mod), WebAssembly.Module.imports(mod), WebAssembly.Module.customSections(mod, 'x'));
const inst = new WebAssembly.Instance(mod);
console.log(Object.isFrozen(inst.exports), Object.getPrototypeOf(inst.exports), Object.prototype.toString.call(inst));
// A module with a custom section "meta" = [1,2,3], an import and exports of each kind.
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 0, 8, 4, 109, 101, 116, 97, 1, 2, 3, 1, 4, 1, 96, 0, 0, 2, 7, 1, 1, 97, 1, 98, 0, 0,
  3, 2, 1, 0, 4, 4, 1, 112, 0, 1, 5, 3, 1, 0, 1, 6, 6, 1, 127, 0, 65, 3, 11, 7, 17, 4, 1, 102, 0, 1, 1, 116, 1, 0, 1, 109, 2, 0, 1, 103, 3, 0, 10, 4, 1, 2, 0, 11]);
const mod2 = new WebAssembly.Module(bytes);
console.log(JSON.stringify(WebAssembly.Module.imports(mod2)), JSON.stringify(WebAssembly.Module.exports(mod2)));
console.log(WebAssembly.Module.customSections(mod2, 'meta').map((ab) => [...new Uint8Array(ab)]));
const ex = new WebAssembly.Instance(mod2, { a: { b() {} } }).exports;
console.log(Object.keys(ex).join(','), typeof ex.f, ex.t instanceof WebAssembly.Table, ex.m instanceof WebAssembly.Memory, ex.g instanceof WebAssembly.Global, ex.g.value);
