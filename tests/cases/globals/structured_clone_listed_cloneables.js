// Cloneable host objects (Blob, File, histograms) may be listed in a transfer list: they still
// clone (a File as a Blob); listing one twice is a DataCloneError naming its constructor.
const { createHistogram } = require('perf_hooks');
const e = (l, f) => { try { const r = f(); console.log(l, 'ok', r); } catch (x) { console.log(l, 'err', x.name, x.code, x.message); } };
const h = createHistogram();
e('hist', () => structuredClone(1, { transfer: [h] }));
e('hist2', () => { const c = structuredClone(h, { transfer: [h] }); return [c.constructor.name, c === h]; });
const f = new File([], 'a');
e('file', () => { const c = structuredClone({ f }, { transfer: [f] }); return [c.f.constructor.name, c.f === f]; });
e('file dup', () => structuredClone(1, { transfer: [f, f] }));
const b = new Blob(['x']);
e('blob after', () => b.size);
