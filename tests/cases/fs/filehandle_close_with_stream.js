// A stream over a FileHandle holds it (node's kRef): fh.close() emits 'close' at once but keeps the
// descriptor open while the stream's read is in flight, and its promise settles once the stream,
// closed by that event, lets go. A
// handle whose stream finished (autoClose) is closed by the stream; a readableWebStream holds it
// the same way.
const fsp = require('fs').promises;
const fs = require('fs');
const f = require('path').join(__dirname, `_fhcws_tmp${process.pid}.txt`);
(async () => {
  fs.writeFileSync(f, 'x'.repeat(200000));
  let fh = await fsp.open(f);
  const s = fh.createReadStream({ highWaterMark: 1000 });
  s.on('data', () => {}); // a read is in flight when close is called
  s.on('error', (e) => console.log('stream error', e.code));
  s.on('close', () => console.log('stream close', fh.fd));
  await new Promise((r) => setImmediate(r));
  const p = fh.close();
  console.log('close called, fd open:', fh.fd > 0, p === fh.close());
  await p;
  console.log('close resolved', fh.fd);
  fh = await fsp.open(f);
  await new Promise((r) => fh.createReadStream({ start: 199990 }).on('close', r).resume());
  console.log('after autoClose stream', fh.fd);
  fh = await fsp.open(f);
  const ws = fh.readableWebStream();
  const closing = fh.close();
  console.log('web stream holds:', fh.fd > 0);
  await closing;
  const r = await ws.getReader().read();
  console.log('web stream after close', r.done, fh.fd);
  fs.unlinkSync(f);
})();
