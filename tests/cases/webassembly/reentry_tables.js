// Host imports that call back into wasm (nested), JS exceptions passing through wasm frames,
// stack overflow, funcref tables (exported, JS-made, call_indirect), externref round trips,
// immutable global imports from numbers, data segments seen through the exported memory.
const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,24,5,96,1,127,1,127,96,0,0,96,0,1,127,96,2,127,127,1,127,96,1,111,1,111,2,41,4,2,106,115,2,99,98,0,0,2,106,115,7,116,104,114,111,119,101,114,0,1,2,106,115,1,103,3,127,0,2,106,115,3,116,98,108,1,112,0,2,3,8,7,0,0,2,2,3,0,4,4,4,1,112,0,3,5,3,1,0,1,7,77,9,1,116,1,1,6,109,101,109,111,114,121,2,0,6,100,111,117,98,108,101,0,2,4,102,97,99,116,0,3,11,99,97,108,108,84,104,114,111,119,101,114,0,4,5,103,101,116,73,103,0,5,6,99,97,108,108,65,116,0,6,7,114,101,99,117,114,115,101,0,7,3,101,120,116,0,8,9,10,1,2,1,65,0,11,0,2,2,3,10,70,7,7,0,32,0,65,2,108,11,23,0,32,0,65,2,72,4,127,65,1,5,32,0,32,0,65,1,107,16,0,108,11,11,6,0,16,1,65,5,11,4,0,35,0,11,9,0,32,1,32,0,17,0,1,11,9,0,32,0,65,1,106,16,7,11,4,0,32,0,11,11,16,1,0,65,16,11,10,104,101,108,108,111,32,119,97,115,109]);
let e;
const tbl = new WebAssembly.Table({ element: 'anyfunc', initial: 2 });
const calls = [];
const imports = {
  js: {
    cb: (n) => { calls.push(n); return e.fact(n); },
    thrower: () => { throw new Error('from js'); },
    g: 41,
    tbl,
  },
};
e = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports).exports;
console.log(e.fact(5), calls.join(','));
try { e.callThrower(); } catch (err) { console.log('caught', err.message, err instanceof WebAssembly.RuntimeError); }
console.log(e.getIg());
try { e.recurse(0); } catch (err) { console.log(err.name, err.message); }
console.log(e.t.length, e.t.get(0) === e.double, e.t.get(1) === e.fact, e.t.get(2));
console.log(e.callAt(0, 21), e.callAt(1, 4));
try { e.callAt(2, 1); } catch (err) { console.log(err.name, err.message); }
try { e.callAt(9, 1); } catch (err) { console.log(err.name, err.message); }
e.t.set(2, e.double); console.log(e.callAt(2, 8));
try { e.t.set(2, () => 1); } catch (err) { console.log(err.name, err.message); }
try { e.t.get(7); } catch (err) { console.log(err.name, err.message); }
console.log(e.t.grow(2), e.t.length, e.t.get(4));
tbl.set(0, e.fact); console.log(tbl.get(0) === e.fact, tbl.get(1), tbl.length);
const obj = { a: 1 };
console.log(e.ext(obj) === obj, e.ext(null), e.ext(undefined), e.ext('s'), e.ext(7));
console.log(Buffer.from(e.memory.buffer, 16, 10).toString());
console.log(e.memory instanceof WebAssembly.Memory, e.memory === e.memory, e.memory.buffer.byteLength);
const inst2 = new WebAssembly.Instance(new WebAssembly.Module(bytes), { js: { ...imports.js, tbl: e.t } });
console.log(inst2.exports.t === e.t ? 'same' : 'other');
for (const bad of [{}, { js: {} }, { js: { ...imports.js, cb: 5 } }, { js: { ...imports.js, g: 'x' } }, { js: { ...imports.js, tbl: {} } }]) {
  try { new WebAssembly.Instance(new WebAssembly.Module(bytes), bad); } catch (err) { console.log(err.name, err.message); }
}
try { new WebAssembly.Instance(new WebAssembly.Module(bytes)); } catch (err) { console.log(err.name, err.message); }
