// Microtask-level ordering of web stream operations (reads, writes, closes, pipes), compared
// line by line with node.
import { ReadableStream, WritableStream, TransformStream } from 'stream/web';
const log = [];
const L = (s) => log.push(s);
const rs = new ReadableStream({
  start(c) { L('r start'); },
  pull(c) { L(`r pull ${c.desiredSize}`); c.enqueue(log.length); if (log.length > 12) c.close(); },
  cancel() { L('r cancel'); },
});
const ws = new WritableStream({
  start() { L('w start'); },
  write(ch) { L(`w write ${ch}`); return Promise.resolve().then(() => L(`w write done ${ch}`)); },
  close() { L('w close'); },
}, { highWaterMark: 2 });
const t = new TransformStream({ transform(ch, c) { L(`t transform ${ch}`); c.enqueue(ch); }, flush() { L('t flush'); } });
let i = 0;
(async () => { for (;;) { await null; L(`mt ${i++}`); if (i > 60) break; } })();
await rs.pipeThrough(t).pipeTo(ws).then(() => L('pipe done'));
await new Promise((r) => setTimeout(r, 5));
console.log(log.join('\n'));

const log2 = [];
const r2 = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
const reader = r2.getReader();
reader.read().then((v) => log2.push(`read1 ${v.value}`));
reader.read().then((v) => log2.push(`read2 ${v.value}`));
reader.read().then((v) => log2.push(`read3 ${v.done}`));
reader.closed.then(() => log2.push('closed'));
Promise.resolve().then(() => log2.push('p1')).then(() => log2.push('p2')).then(() => log2.push('p3'));
const w2 = new WritableStream({ write(c) { log2.push(`write ${c}`); } }).getWriter();
w2.write('x').then(() => log2.push('write x done'));
w2.write('y').then(() => log2.push('write y done'));
w2.close().then(() => log2.push('w closed'));
w2.ready.then(() => log2.push('ready'));
await new Promise((r) => setTimeout(r, 5));
console.log(log2.join('\n'));
