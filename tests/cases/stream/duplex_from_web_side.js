// Duplex.from({ readable }) / ({ writable }) with a single web stream side (node 20 duplexifies each side; only a full pair goes through fromWeb).
const { Duplex } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');
const rs = (v) => new ReadableStream({ start(c) { c.enqueue(v); c.close(); } });
const ws = (out) => new WritableStream({ write(chunk) { out.push(String(chunk)); } });
{
  const d = Duplex.from({ readable: rs('foo') });
  console.log('readable-only', d.readable, d.writable);
  d.on('data', (c) => console.log('data', String(c)));
  d.on('end', () => console.log('end', d.readable));
}
{
  const out = [];
  const d = Duplex.from({ writable: ws(out) });
  console.log('writable-only', d.readable, d.writable);
  d.end('bar');
  d.on('finish', () => console.log('finish', out, d.writable));
}
{
  const out = [];
  const d = Duplex.from({ readable: rs('baz'), writable: ws(out) });
  console.log('pair', d.readable, d.writable);
  d.end('qux');
  d.on('data', (c) => console.log('pair data', String(c)));
  d.on('finish', () => console.log('pair finish', out));
}
