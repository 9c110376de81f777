// fs.promises.rmdir checks its options before the DEP0147 warning and stats (not lstats) a
// recursive path; fs.promises.truncate opens its path first (a number is refused as a path, a
// missing file is ENOENT before len is checked), as node 20's.
const fs = require('fs');
const fsp = fs.promises;
const path = require('path');
const tmp = path.join(__dirname, `_prt_tmp${process.pid}`);
const rel = (s) => String(s).split(tmp).join('<tmp>');
process.on('warning', (w) => console.log('warning', w.code));
const show = async (label, fn) => {
  try { console.log(label, 'ok', await fn()); } catch (e) { console.log(label, e.name, e.code, e.syscall, rel(e.message)); }
};
(async () => {
  fs.mkdirSync(tmp);
  fs.writeFileSync(path.join(tmp, 'f'), 'hello');
  await show('rmdir bad options', () => fsp.rmdir(tmp, { recursive: 1 }));
  await show('rmdir missing', () => fsp.rmdir(path.join(tmp, 'missing'), { recursive: true }));
  await show('rmdir file', () => fsp.rmdir(path.join(tmp, 'f'), { recursive: true }));
  await show('truncate fd number', () => fsp.truncate(5, 1));
  await show('truncate missing bad len', () => fsp.truncate(path.join(tmp, 'missing'), 'x'));
  await show('truncate', async () => { await fsp.truncate(path.join(tmp, 'f'), 2); return fs.readFileSync(path.join(tmp, 'f'), 'utf8'); });
  await show('truncate bad len', () => fsp.truncate(path.join(tmp, 'f'), -1.5));
  console.log(fsp.truncate.name, fsp.truncate.length, fsp.rmdir.length);
  fs.rmSync(tmp, { recursive: true });
})();
