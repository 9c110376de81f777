// pipeTo/pipeThrough options and queuing strategy inits: which values node 20 accepts.
const { ReadableStream, WritableStream, ByteLengthQueuingStrategy, CountQueuingStrategy } = require('stream/web');
const E = (e) => `${e.name}|${e.code}|${e.message}`;
(async () => {
  for (const o of [[], () => {}, null, 1]) {
    try { await new ReadableStream({ start(c) { c.close(); } }).pipeTo(new WritableStream(), o); console.log('pipeTo ok', typeof o); } catch (e) { console.log('pipeTo', E(e)); }
    try { new ReadableStream().pipeThrough({ readable: new ReadableStream(), writable: new WritableStream() }, o); console.log('pipeThrough ok', typeof o); } catch (e) { console.log('pipeThrough', E(e)); }
    try { new ByteLengthQueuingStrategy(o); console.log('blqs ok'); } catch (e) { console.log('blqs', E(e)); }
    try { new CountQueuingStrategy(o); console.log('cqs ok'); } catch (e) { console.log('cqs', E(e)); }
  }
})();
