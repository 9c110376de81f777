// A readFile (fs/promises, FileHandle) whose signal is aborted while it runs rejects with node's
// AbortError carrying the reason; one aborted before starts rejects too; unaborted ones resolve.
const fsp = require('fs/promises');
const path = require('path');
const f = path.join(__dirname, `_abort_read_tmp${process.pid}.bin`);
(async () => {
  await fsp.writeFile(f, Buffer.alloc(40000, 7));
  const show = (label, p) => p.then((r) => console.log(label, 'ok', r.length), (e) => console.log(label, e.name, e.code, e.message, typeof e.cause === 'object' ? `${e.cause.name}: ${e.cause.message}` : e.cause));
  const c1 = new AbortController();
  process.nextTick(() => c1.abort('why'));
  await show('during', fsp.readFile(f, { signal: c1.signal }));
  const c2 = new AbortController();
  c2.abort();
  await show('before', fsp.readFile(f, { signal: c2.signal }));
  await show('plain', fsp.readFile(f, { signal: new AbortController().signal }));
  const h = await fsp.open(f);
  const c3 = new AbortController();
  process.nextTick(() => c3.abort());
  await show('handle during', h.readFile({ signal: c3.signal }));
  await h.close();
  await fsp.unlink(f);
})();
