// structuredClone's transfer list detaches the transferred ArrayBuffers (and views on them) as
// node does; messages for a missing value and bad transfer lists.
const util = require('util');
const ab = new ArrayBuffer(4);
const view = new Uint8Array(ab);
view[0] = 7;
const c = structuredClone({ view, ab }, { transfer: [ab] });
console.log(ab.byteLength, view.length, c.ab.byteLength, c.view[0], c.view.buffer === c.ab, util.inspect(ab));
const kept = new ArrayBuffer(2);
structuredClone(kept);
console.log(kept.byteLength);
for (const f of [() => structuredClone(), () => structuredClone(1, { transfer: [ab] }), () => { const x = new ArrayBuffer(1); structuredClone(1, { transfer: [x, x] }); }, () => structuredClone(1, { transfer: 5 }), () => structuredClone(1, { transfer: [{}] })]) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
const { port1, port2 } = new MessageChannel();
const sent = new ArrayBuffer(3);
port2.onmessage = (e) => { console.log('received', e.data.byteLength, sent.byteLength); port1.close(); port2.close(); };
port1.postMessage(sent, [sent]);
console.log('after post', sent.byteLength);
