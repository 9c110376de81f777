// Walk a directory tree recursively: callback style, fs/promises with withFileTypes,
// readdir { recursive: true }, and sizes per directory.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = fs.mkdtempSync('_tmp-');
const files = ['a.txt', 'sub/b.txt', 'sub/deeper/c.md', 'sub/deeper/d.txt', 'other/e.js', 'empty/'];
for (const f of files) {
  const p = path.join(dir, f);
  if (f.endsWith('/')) fs.mkdirSync(p, { recursive: true });
  else {
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, f.repeat(3));
  }
}
function walk(d, done) {
  let results = [];
  fs.readdir(d, (err, list) => {
    if (err) return done(err);
    let pending = list.length;
    if (!pending) return done(null, results);
    list.forEach((name) => {
      const p = path.join(d, name);
      fs.stat(p, (err, st) => {
        if (st && st.isDirectory()) {
          walk(p, (err, res) => {
            results = results.concat(res);
            if (!--pending) done(null, results);
          });
        } else {
          results.push(p);
          if (!--pending) done(null, results);
        }
      });
    });
  });
}
async function* walkAsync(d) {
  for (const ent of await fsp.readdir(d, { withFileTypes: true })) {
    const p = path.join(d, ent.name);
    if (ent.isDirectory()) yield* walkAsync(p);
    else yield [p, ent.isFile(), ent.isSymbolicLink()];
  }
}
walk(dir, async (err, res) => {
  console.log(err, res.map((p) => path.relative(dir, p)).sort());
  const got = [];
  for await (const e of walkAsync(dir)) got.push([path.relative(dir, e[0]), e[1], e[2]]);
  console.log(got.sort());
  console.log(fs.readdirSync(dir, { recursive: true }).sort());
  const ents = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  console.log(ents.map((e) => [path.relative(dir, path.join(e.path, e.name)), e.isDirectory()]).sort());
  const sizes = {};
  for (const e of ents) if (e.isFile()) {
    const rel = path.relative(dir, e.path) || '.';
    sizes[rel] = (sizes[rel] || 0) + fs.statSync(path.join(e.path, e.name)).size;
  }
  console.log(sizes);
  walk(path.join(dir, 'nope'), (err) => {
    console.log(err.code, err.syscall, path.basename(err.path));
    fs.rmSync(dir, { recursive: true });
  });
});
