// Readable operators: map (with concurrency), filter, forEach, toArray, some, every, find,
// reduce, take, drop, flatMap, plus their argument validation.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const desc = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));
const src = () => Readable.from([1, 2, 3, 4, 5]);
const delay = (n) => new Promise((r) => { let i = 0; const f = () => (++i >= n ? r() : setImmediate(f)); f(); });

async function main() {
  log('map', await src().map((x) => x * 2).toArray());
  log('map async', await src().map(async (x) => { await delay(6 - x); return x; }, { concurrency: 3 }).toArray());
  log('filter', await src().filter((x) => x % 2).toArray());
  log('filter async', await src().filter(async (x) => x > 2).toArray());
  const seen = [];
  log('forEach', await src().forEach((x) => { seen.push(x); }), seen);
  log('some', await src().some((x) => x > 4), await src().some((x) => x > 5));
  log('every', await src().every((x) => x > 0), await src().every((x) => x > 1));
  log('find', await src().find((x) => x > 2), await src().find((x) => x > 9));
  log('reduce', await src().reduce((a, b) => a + b), await src().reduce((a, b) => a + b, 10));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log('reduce empty', desc(e)); }
  log('take', await src().take(2).toArray(), await src().take(0).toArray());
  log('drop', await src().drop(3).toArray());
  log('flatMap', await src().take(3).flatMap((x) => [x, x]).toArray());
  log('chain', await src().drop(1).map((x) => x * 10).filter((x) => x !== 30).take(2).toArray());
  const mapped = src().map((x) => x);
  log('map returns Readable', mapped instanceof Readable, mapped.readableObjectMode);
  try { src().map(5); } catch (e) { log('bad fn', desc(e)); }
  try { src().map((x) => x, { concurrency: 0 }); } catch (e) { log('bad concurrency', desc(e)); }
  try { src().take(-1); } catch (e) { log('bad take', desc(e)); }
  await src().toArray({ signal: 1 }).catch((e) => log('bad signal', desc(e)));
  try { await src().map((x) => { if (x === 3) throw new Error('map threw'); return x; }).toArray(); } catch (e) { log('map error', desc(e)); }
  try { await src().toArray({ signal: AbortSignal.abort() }); } catch (e) { log('aborted', e.name); }
  const bytes = await Readable.from(['ab', 'cd'], { objectMode: false }).map((b) => b.toString()).toArray();
  log('bytes map', bytes);
}
main();
