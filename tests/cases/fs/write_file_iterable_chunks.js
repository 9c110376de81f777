// fs.promises.writeFile with an (async) iterable writes each chunk as node's writeFileHandle:
// views as they are, anything else through Buffer.from(chunk, encoding) (its errors), and the
// signal is looked at before every chunk.
const fsp = require('fs').promises;
const f = require('path').join(__dirname, `_wfi_tmp${process.pid}.txt`);
const t = async (label, data, opts) => {
  try { await fsp.writeFile(f, data, opts); } catch (e) { console.log(label, e.name, e.code, e.message); }
  console.log(label, JSON.stringify(await fsp.readFile(f, 'latin1')));
};
(async () => {
  await t('nums', [1, 2]);
  await t('arraylike', [{ length: 2, 0: 65, 1: 66 }]);
  await t('arrays', [[67, 68], new Uint16Array([0x4645])]);
  await t('arraybuffer', [new ArrayBuffer(2)]);
  await t('hex', ['6869', '21'], 'hex');
  await t('generator', (function* () { yield 'a'; yield Buffer.from('b'); })());
  const ac = new AbortController();
  await t('abort mid', (async function* () { yield 'a'; ac.abort(); yield 'b'; })(), { signal: ac.signal });
  await t('null item', ['x', null]);
  await fsp.unlink(f);
})();
