// fs.cp's checks that need a file's identity through symbolic links (dereference, a destination
// whose parent links to the source), its visiting order (the directory's own, as node's
// opendir), `mode` passed to each copy, and preserveTimestamps taking the source's times after
// the copy.
const fs = require('fs');
const path = require('path');
const { join } = path;
const base = path.join(__dirname, '_tmp_cp_identity');
fs.rmSync(base, { recursive: true, force: true });
fs.mkdirSync(base);
let n = 0;
const nextdir = () => join(base, `copy_${++n}`);
const ks = join(base, 'kitchen-sink');
fs.mkdirSync(join(ks, 'a/b'), { recursive: true });
for (const [f, text] of [['README.md', '# Hello\n'], ['index.js', 'x'], ['a/b/README2.md', 'y'], ['a/index.js', 'z'], ['zz.txt', 'q'], ['m.js', 'm']]) fs.writeFileSync(join(ks, f), text);
const P = (s) => String(s).split(base).join('<b>');
const t = (label, f) => { try { const r = f(); console.log(label, 'ok', r === undefined ? '' : P(JSON.stringify(r))); } catch (e) { console.log(label, e.code, P(e.message)); } };
t('file onto itself via link', () => { const s = nextdir(); fs.mkdirSync(s); fs.writeFileSync(join(s, 'f'), 'x'); fs.symlinkSync(join(s, 'f'), join(s, 'l')); fs.cpSync(join(s, 'l'), join(s, 'f'), { dereference: true }); });
t('deref link to file', () => { const s = nextdir(); fs.mkdirSync(s); fs.writeFileSync(join(s, 'foo.js'), 'foo'); fs.symlinkSync(join(s, 'foo.js'), join(s, 'bar.js')); const d = nextdir(); fs.mkdirSync(d); fs.cpSync(join(s, 'bar.js'), join(d, 'foo.js'), { dereference: true }); return fs.lstatSync(join(d, 'foo.js')).isFile(); });
t('parent links to src', () => { const s = nextdir(); fs.mkdirSync(join(s, 'a'), { recursive: true }); const d = nextdir(); fs.mkdirSync(d); fs.symlinkSync(s, join(d, 'b')); fs.cpSync(s, join(d, 'b', 'c')); });
t('visiting order', () => { const seen = []; fs.cpSync(ks, nextdir(), { recursive: true, filter: (s) => { seen.push(P(s)); return true; } }); return seen; });
t('ficlone force', () => fs.cpSync(ks, nextdir(), { recursive: true, mode: fs.constants.COPYFILE_FICLONE_FORCE }));
t('excl mode', () => { const d = nextdir(); fs.cpSync(ks, d, { recursive: true }); fs.cpSync(ks, d, { recursive: true, mode: fs.constants.COPYFILE_EXCL }); });
t('preserveTimestamps', () => {
  const d = nextdir();
  fs.utimesSync(join(ks, 'index.js'), 1000.5, 2000.25);
  fs.cpSync(ks, d, { preserveTimestamps: true, recursive: true });
  const st = fs.statSync(join(d, 'index.js'));
  return [st.mtimeMs, st.atimeMs === fs.statSync(join(ks, 'index.js')).atimeMs];
});
fs.promises.cp(join(ks, 'index.js'), join(ks, 'zz.txt'), { mode: fs.constants.COPYFILE_FICLONE_FORCE }).catch((e) => {
  console.log('promises.cp', e.code, P(e.message), fs.existsSync(join(ks, 'zz.txt')));
  fs.rmSync(base, { recursive: true });
});
