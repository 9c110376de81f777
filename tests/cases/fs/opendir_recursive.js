// opendir with { recursive: true } walks subdirectories breadth first (sync, callback, promise
// and async-iterator reads); { encoding: 'buffer' } gives Buffer names.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, `_opendir_rec_tmp${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
for (const f of ['x', 'a/y', 'a/b/z']) fs.writeFileSync(path.join(dir, f), f);
const rel = (d) => `${path.relative(dir, d.parentPath) || '.'}/${d.name}`;
const d = fs.opendirSync(dir, { recursive: true });
const out = [];
let e;
while ((e = d.readSync()) !== null) out.push(rel(e));
d.closeSync();
console.log('sync', out.sort().join(' '));
(async () => {
  const names = [];
  for await (const x of await fs.promises.opendir(dir, { recursive: true })) names.push(rel(x));
  console.log('iter', names.sort().join(' '));
  const d2 = fs.opendirSync(dir, { encoding: 'buffer' });
  const f = d2.readSync();
  console.log('buffer', Buffer.isBuffer(f.name), typeof f.parentPath);
  d2.closeSync();
  const d3 = fs.opendirSync(dir, { recursive: true });
  const got = [];
  const step = () => d3.read((err, ent) => {
    if (ent === null) { d3.close(() => { console.log('callback', got.sort().join(' ')); fs.rmSync(dir, { recursive: true }); }); return; }
    got.push(rel(ent));
    step();
  });
  step();
})();
