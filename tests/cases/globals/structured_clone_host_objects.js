// structuredClone/postMessage of node's cloneable host objects: a Blob or File clones as a Blob
// over the same bytes; a histogram's clone shares its data (RecordableHistogram stays recordable,
// an ELDHistogram's clone is a plain Histogram).
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const { MessageChannel } = require('worker_threads');
const h = createHistogram();
h.record(5);
const c = structuredClone(h);
console.log(c.constructor.name, c.count, c.min, Object.getPrototypeOf(c) === Object.getPrototypeOf(h));
h.record(7);
c.record(9);
console.log(c.count, h.count, c.max);
const eld = structuredClone(monitorEventLoopDelay());
console.log(eld.constructor.name, typeof eld.enable, eld.count);
const f = new File(['ab'], 'n.txt', { type: 'Text/X' });
const cf = structuredClone({ f, again: f });
console.log(cf.f.constructor.name, cf.f instanceof File, cf.f.type, cf.f.size, cf.f.name, cf.f === cf.again);
cf.f.text().then((t) => console.log('text', t));
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('got', m.hist.constructor.name, m.hist.count, m.blob.constructor.name, m.blob.size);
  port2.close();
});
port1.postMessage({ hist: h, blob: new Blob(['xyz']) });
// objects that only inherit from Blob/histogram prototypes are not host objects: plain copies
console.log(structuredClone({ b: Object.assign(Object.create(Blob.prototype), { a: 1 }) }));
console.log(structuredClone(Object.create(Object.getPrototypeOf(h))));
