// Readable operators as node 20 has them: map's lookahead (one item buffered at concurrency 1),
// the signal handed to the predicate is not aborted when the operator ends, some/every/find
// short-circuit counts, lengths and names of the prototype methods, compose returns a Readable,
// reduce validates "reducer", push() of a bad chunk returns false, end(cb) called with null.
const { Readable, Writable } = require('stream');
const tp = require('timers/promises');
const E = (e) => `${e.name}|${e.code}|${e.message}`;
const oneTo5 = () => Readable.from([1, 2, 3, 4, 5]);
(async () => {
  for (const op of ['some', 'every', 'find']) {
    let n = 0;
    const s = oneTo5();
    const res = await s[op]((x) => { n++; return op === 'every' ? x < 3 : x > 2; });
    await tp.setTimeout();
    console.log(op, res, n, s.destroyed);
    let sig;
    await Readable.from([1])[op]((v, { signal }) => { sig = signal; return true; });
    console.log(sig instanceof AbortSignal, sig.aborted);
    const s2 = oneTo5();
    await s2[op](() => { throw new Error(op); }).catch((e) => console.log('rejected', e.message));
    console.log(s2.destroyed);
  }
  let calls = 0;
  await Readable.from([1, 2, 3, 4, 5, 6]).map((x) => { calls++; return x; })
    .reduce(async (p, c) => { if (p === 1) throw new Error('boom'); return c; }, 0)
    .catch((e) => console.log(e.message, calls));
  await Readable.from([]).reduce(1).catch((e) => console.log(E(e)));
  await Readable.from([1, 2]).take(1, { signal: AbortSignal.abort() }).toArray().catch((e) => console.log(E(e), e.cause));
  for (const k of ['map', 'filter', 'flatMap', 'take', 'drop', 'compose', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find']) {
    console.log(k, Readable.prototype[k].length, Readable.prototype[k].name);
  }
  const c = Readable.from([[1, 2]]).compose(async function* (s) { for await (const x of s) yield x.length; });
  console.log(c.constructor.name, await c.toArray());
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('error', e.code));
  console.log('push', r.push(5), 'unshift', r.unshift({}));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end((...a) => console.log('end1', a));
  w.end((...a) => console.log('end2', a));
})();
