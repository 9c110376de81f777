// FileHandle.close() as node 20's: an own property, fd -1 and 'close' emitted at once, later
// calls resolve; a write stream over a handle closes it when done; readableWebStream() hands
// out ArrayBuffers and refuses a locked or closed handle.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const f = path.join(__dirname, `_fh_close_web${process.pid}.txt`);
(async () => {
  fs.writeFileSync(f, 'y'.repeat(70000));
  const h = await fsp.open(f);
  console.log(Object.keys(h).includes('close'), typeof h.close);
  let emitted = false;
  h.on('close', () => { emitted = true; });
  const p = h.close();
  console.log('after close()', h.fd, emitted);
  console.log('same promise', h.close() === p);
  await p;
  await h.close();
  console.log('read after close', await h.read().catch((e) => `${e.code} ${e.message}`));
  const h2 = await fsp.open(f, 'r+');
  const ws = h2.createWriteStream();
  await new Promise((r) => ws.end('abc', r));
  console.log('stream ended, handle fd', h2.fd, fs.readFileSync(f, 'latin1').slice(0, 5));
  const h3 = await fsp.open(f);
  const web = h3.readableWebStream();
  try { h3.readableWebStream(); } catch (e) { console.log(e.code, e.message); }
  const sizes = [];
  for await (const c of web) sizes.push(`${c.constructor.name}:${c.byteLength}`);
  console.log(sizes.join(' '));
  await h3.close();
  try { h3.readableWebStream(); } catch (e) { console.log(e.code, e.message); }
  fs.unlinkSync(f);
})();
