// util.inspect of a BYOB reader lists readIntoRequests as node 20 does.
const { ReadableStream } = require('stream/web');
const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); } });
const reader = rs.getReader({ mode: 'byob' });
console.log(reader);
reader.read(new Uint8Array(4)).then((r) => {
  console.log(r);
  const pending = reader.read(new Uint8Array(2));
  console.log(reader);
  rs.cancel().catch(() => {});
  pending.then((x) => console.log('pending', x), (e) => console.log('pending err', e.name));
});
