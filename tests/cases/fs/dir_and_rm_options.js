// Dir: reads issued while one is pending queue up, sync calls then fail with
// ERR_DIR_CONCURRENT_OPERATION; read() after close throws at once, close() rejects; bufferSize is
// checked. rm/rmdir options merged over node's defaults and validated (retryDelay, maxRetries).
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, `_dir_rm_tmp${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
for (const n of ['a', 'b', 'c']) fs.writeFileSync(path.join(dir, n), n);
const show = (label, f) => {
  try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name, e.code, e.message.replace(dir, '<dir>')); }
};
for (const bufferSize of [0, 1.5, -1, '', null, 4]) show(`bufferSize ${JSON.stringify(bufferSize)}`, () => typeof fs.opendirSync(dir, { bufferSize }).closeSync());
show('opendir no callback', () => fs.opendir(dir));
for (const o of [null, 'x', { recursive: undefined }, { force: 1 }, { retryDelay: -1 }, { maxRetries: 1.5 }, { maxRetries: -1 }, { retryDelay: 'x' }]) {
  show(`rm ${JSON.stringify(o)}`, () => fs.rmSync(path.join(dir, 'zz'), o));
  show(`rmdir ${JSON.stringify(o)}`, () => fs.rmdirSync(path.join(dir, 'zz'), o));
}
show('rm dir', () => fs.rmSync(dir));
(async () => {
  const d = await fs.promises.opendir(dir);
  const p1 = d.read();
  show('readSync during read', () => d.readSync());
  show('closeSync during read', () => d.closeSync());
  const p2 = d.read();
  const p3 = d.close();
  const names = [(await p1).name, (await p2).name];
  await p3;
  console.log('read', names.length, names.every((n) => ['a', 'b', 'c'].includes(n)));
  show('read after close', () => d.read());
  await d.close().catch((e) => console.log('close again', e.code));
  d.close((e) => console.log('close cb', e.code));
  const d2 = fs.opendirSync(dir);
  let n = 0;
  for await (const ent of d2) n++;
  console.log('iterated', n);
  show('read after iteration', () => d2.readSync());
  const d3 = fs.opendirSync(dir);
  let sync = true;
  d3.read((err, ent) => {
    console.log('first read async', !sync, err, typeof ent.name);
    let inner = true;
    d3.read((err2, ent2) => {
      console.log('second read async', !inner, typeof ent2.name);
      d3.closeSync();
      fs.rmdirSync(dir, { recursive: true });
      console.log('removed', fs.existsSync(dir));
    });
    inner = false;
  });
  sync = false;
})();
