// Async iteration of a Readable.from() stream that gets an 'error' event mid-way rejects with that
// error once the buffered items are consumed (as node), also through forEach/map; a break still
// destroys the stream.
const { Readable } = require('stream');
(async () => {
  const s = Readable.from([1, 2, 3]);
  const it = s[Symbol.asyncIterator]();
  console.log(await it.next());
  s.emit('error', new Error('boom'));
  try {
    console.log(await it.next()); console.log(await it.next()); console.log(await it.next());
  } catch (e) { console.log('caught', e.message, s.destroyed); }
  const s2 = Readable.from([1, 2, 3, 4, 5]);
  await s2.forEach(async (x) => { if (x === 3) s2.emit('error', new Error('fe')); })
    .then(() => console.log('resolved'), (e) => console.log('rejected', e.message));
  const s3 = Readable.from([1, 2, 3]);
  for await (const x of s3) { console.log('first', x); break; }
  console.log('after break', s3.destroyed);
})();
