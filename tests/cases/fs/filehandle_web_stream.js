// FileHandle.readableWebStream: { type: 'bytes' } is a byte stream (BYOB readers; 16 KiB chunks
// for a default reader), the default one hands out ArrayBuffers; the handle stays locked once a
// stream was made (even a finished one, or after a bad type); closing the handle ends the stream.
const fsp = require('fs').promises;
const fs = require('fs');
const f = require('path').join(__dirname, `_fhws_tmp${process.pid}.txt`);
const t = async (label, fn) => { try { console.log(label, 'ok', await fn()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
(async () => {
  fs.writeFileSync(f, 'x'.repeat(40000));
  let fh = await fsp.open(f);
  await t('bytes default reader', async () => { const out = []; for await (const c of fh.readableWebStream({ type: 'bytes' })) out.push(c.constructor.name + c.byteLength); return out; });
  await t('locked after', () => fh.readableWebStream());
  await fh.close();
  fh = await fsp.open(f);
  await t('plain', async () => { const out = []; for await (const c of fh.readableWebStream()) out.push(c.constructor.name + c.byteLength); return out; });
  await fh.close();
  fh = await fsp.open(f);
  await t('bad type', () => fh.readableWebStream({ type: 5 }));
  await t('locked after bad type', () => fh.readableWebStream());
  await fh.close();
  fh = await fsp.open(f);
  await t('close ends', async () => { const s = fh.readableWebStream({ type: 'bytes' }); const r = s.getReader(); await fh.close(); return r.read().then((x) => x.done); });
  fh = await fsp.open(f);
  await t('close ends plain', async () => { const s = fh.readableWebStream(); const r = s.getReader(); await fh.close(); return r.read().then((x) => x.done); });
  fh = await fsp.open(f);
  await t('byob', async () => { const s = fh.readableWebStream({ type: 'bytes' }); const r = s.getReader({ mode: 'byob' }); const a = await r.read(new Uint8Array(5)); const b = await r.read(new Uint8Array(100000)); const c = await r.read(new Uint8Array(10)); return [a.value.byteLength, b.value.byteLength, b.done, c.done]; });
  await fh.close();
  fh = await fsp.open(f);
  await t('cancel', async () => { const s = fh.readableWebStream({ type: 'bytes' }); await s.cancel(); return fh.fd > 0; });
  await fh.close();
  fs.unlinkSync(f);
})();
