// node's Dir reads its directory at the first read, not at opendir: a file added in between is
// listed, and a directory removed since reads as empty (null). A missing path or a file still
// fails at opendir.
const fs = require('fs');
const path = require('path');
const tmp = path.join(__dirname, `_odl_tmp${process.pid}`);
fs.rmSync(tmp, { recursive: true, force: true });
fs.mkdirSync(tmp);
fs.writeFileSync(path.join(tmp, 'a'), '');
const d = fs.opendirSync(tmp);
fs.writeFileSync(path.join(tmp, 'b'), '');
const names = [];
let e;
while ((e = d.readSync())) names.push(e.name);
d.closeSync();
console.log(names.sort());
for (const p of [path.join(tmp, 'missing'), path.join(tmp, 'a')]) {
  try { fs.opendirSync(p); } catch (err) { console.log(err.code, err.syscall, err.message); }
}
(async () => {
  const d2 = await fs.promises.opendir(tmp);
  fs.writeFileSync(path.join(tmp, 'c'), '');
  const n2 = [];
  for await (const x of d2) n2.push(x.name);
  console.log(n2.sort());
  const d3 = fs.opendirSync(tmp);
  fs.rmSync(tmp, { recursive: true });
  console.log(d3.readSync());
  d3.closeSync();
  fs.opendir(tmp, (err) => console.log('callback', err.code, err.syscall, err.message.replace(tmp, '<tmp>')));
})();
