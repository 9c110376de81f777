// Memory grown by wasm code in the middle of a call: the JS import it calls next already sees
// the new buffer (the old one detached), and writes through it reach wasm.
const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,8,2,96,0,0,96,0,1,127,2,11,1,2,106,115,4,115,101,101,110,0,0,3,2,1,1,5,4,1,1,1,10,7,25,2,6,109,101,109,111,114,121,2,0,12,103,114,111,119,84,104,101,110,67,97,108,108,0,1,10,27,1,25,0,65,1,64,0,26,65,240,162,4,65,42,58,0,0,16,0,65,241,162,4,45,0,0,11]);
let e;
const views = [];
e = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  js: {
    seen() {
      const before = views[0];
      const now = new Uint8Array(e.memory.buffer);
      console.log('in import', before.length, now.length, now[70000]);
      now[70001] = 99;
    },
  },
}).exports;
views.push(new Uint8Array(e.memory.buffer));
console.log(e.growThenCall(), views[0].length, e.memory.buffer.byteLength);
