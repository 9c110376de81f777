// Readable.from (sync/async iterables, strings, promises as values), for await over streams,
// early break destroying the stream, iterator({ destroyOnReturn }), and errors while iterating.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const desc = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

async function main() {
  for await (const x of Readable.from([1, 2, 3])) log('sync iterable', x);
  for await (const x of Readable.from((async function* () { yield 'a'; await null; yield 'b'; })())) log('async gen', x);
  for await (const x of Readable.from('whole string')) log('string', x);
  for await (const x of Readable.from(Buffer.from('buf'))) log('buffer', x);
  for await (const x of Readable.from([Promise.resolve('p1'), 'v2'])) log('promise values', x);
  const r = Readable.from(['u', 'v'], { objectMode: false });
  log('objectMode false', r.readableObjectMode, r.readableHighWaterMark);
  for await (const x of r) log('bytes', x);

  const r2 = Readable.from([1, 2, 3, 4]);
  r2.on('close', () => log('r2 closed by break'));
  for await (const x of r2) { log('r2', x); if (x === 2) break; }
  log('r2 destroyed', r2.destroyed);

  const r3 = Readable.from([1, 2, 3]);
  for await (const x of r3.iterator({ destroyOnReturn: false })) { log('r3', x); break; }
  log('r3 destroyed', r3.destroyed, 'rest', await r3.toArray());

  const r4 = new Readable({ read() {} });
  setImmediate(() => { r4.push('ok'); r4.destroy(new Error('mid-iteration')); });
  try { for await (const x of r4) log('r4', String(x)); } catch (e) { log('r4 caught', desc(e)); }

  const r5 = Readable.from((function* () { yield 1; throw new Error('gen failure'); })());
  try { for await (const x of r5) log('r5', x); } catch (e) { log('r5 caught', desc(e)); }

  const r6 = Readable.from([1, null, 3]);
  try { for await (const x of r6) log('r6', x); } catch (e) { log('r6 caught', desc(e)); }

  const pt = new PassThrough();
  pt.end('chunk');
  const it = pt[Symbol.asyncIterator]();
  log('iterator', typeof it.next, it.stream === pt, (await it.next()).value.toString(), await it.next());

  let cleaned = false;
  const gen = (async function* () { try { yield 1; yield 2; } finally { cleaned = true; } })();
  const r7 = Readable.from(gen);
  for await (const x of r7) { log('r7', x); break; }
  await new Promise(setImmediate);
  log('r7 generator cleaned', cleaned);

  try { Readable.from(42); } catch (e) { log(desc(e)); }

  const r8 = new Readable({ read() {} });
  r8.push('a'); r8.push(null);
  const chunks = [];
  r8.on('data', (d) => chunks.push(String(d)));
  await new Promise((res) => r8.on('end', res));
  log('r8', chunks, r8.readableDidRead);
}
main();
