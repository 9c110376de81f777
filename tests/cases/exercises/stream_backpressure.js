// A stream pipeline with backpressure: a fast Readable feeding a slow Writable with a small
// highWaterMark; write() return values, 'drain' counts, and pipeline completion.
const { Readable, Writable, pipeline } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
let produced = 0;
const fast = new Readable({
  highWaterMark: 4,
  read() {
    produced++;
    this.push(produced <= 20 ? `chunk${produced};` : null);
  },
});
const log = [];
const slow = new Writable({
  highWaterMark: 8,
  write(chunk, enc, cb) {
    log.push(chunk.toString());
    setTimeout(cb, 1);
  },
});
let drains = 0;
slow.on('drain', () => drains++);
pipeline(fast, slow, (err) => {
  console.log('pipeline', err, log.length, log[0], log[19], drains > 0, produced);
  manual();
});
function manual() {
  const w = new Writable({
    highWaterMark: 10,
    write(chunk, enc, cb) {
      setImmediate(cb);
    },
  });
  const results = [];
  for (let i = 0; i < 5; i++) results.push(w.write('abcd'), w.writableLength, w.writableNeedDrain);
  console.log(results);
  w.once('drain', async () => {
    console.log('drained', w.writableLength, w.writableNeedDrain);
    w.end();
    let n = 0;
    await pipelineP(
      Readable.from(['a', 'b', 'c']),
      async function* (src) {
        for await (const c of src) yield c.toUpperCase();
      },
      new Writable({ objectMode: true, write(c, e, cb) { n++; cb(); } })
    );
    console.log('promise pipeline done', n);
  });
}
