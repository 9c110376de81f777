// Readable helpers learners meet: map/filter/take/toArray/reduce, events.on as an async
// iterator with an AbortController, filehandle.readLines, and util.promisify(fs.readFile).
const { Readable } = require('stream');
const { on, EventEmitter } = require('events');
const fs = require('fs');
const util = require('util');
(async () => {
  const nums = await Readable.from([1, 2, 3, 4, 5, 6]).filter((n) => n % 2 === 0).map((n) => n * 10).toArray();
  console.log(nums);
  console.log(await Readable.from(['a', 'b', 'c', 'd']).take(2).toArray());
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  const ee = new EventEmitter();
  const ac = new AbortController();
  setTimeout(() => {
    ee.emit('msg', 'one');
    ee.emit('msg', 'two', 2);
    setTimeout(() => ac.abort(), 1);
  }, 1);
  try {
    for await (const args of on(ee, 'msg', { signal: ac.signal })) console.log('msg', args);
  } catch (e) {
    console.log(e.name, e.code);
  }
  fs.writeFileSync('_tmp-lines.txt', 'x=1\ny=2\n\nz=3');
  const fh = await fs.promises.open('_tmp-lines.txt');
  const entries = [];
  for await (const line of fh.readLines()) if (line) entries.push(line.split('='));
  console.log(Object.fromEntries(entries));
  const readFile = util.promisify(fs.readFile);
  console.log(JSON.stringify(await readFile('_tmp-lines.txt', 'utf8')));
  try {
    await readFile('_tmp-nope.txt');
  } catch (e) {
    console.log('promisified', e.code, e.message);
  }
  fs.unlinkSync('_tmp-lines.txt');
  const r = Readable.from(['x', 'y']);
  console.log(r.readableHighWaterMark, r.readableObjectMode, r.readable);
  for await (const chunk of r) console.log('chunk', chunk);
  console.log(r.destroyed, r.readableEnded);
})();
