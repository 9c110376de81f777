// Files written while the program runs are found by require (node caches only found paths,
// only while a module runs); multi-dot extensions registered in require.extensions win by
// longest match and count in extension probing.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(__dirname, 'tmp-'));
const rel = (s) => String(s).split(dir).join('<tmp>');
try {
  try { require(path.join(dir, 'late')); } catch (e) { console.log(e.code, rel(e.message.split('\n')[0])); }
  fs.writeFileSync(path.join(dir, 'late.js'), 'module.exports = "late";');
  console.log(require(path.join(dir, 'late')));
  fs.writeFileSync(path.join(dir, 'x.foo.bar'), 'ignored');
  require.extensions['.foo.bar'] = (m, f) => { m.exports = `foo.bar ${path.basename(f)}`; };
  require.extensions['.bar'] = (m, f) => { m.exports = `bar ${path.basename(f)}`; };
  console.log(require(path.join(dir, 'x')));
  console.log(Object.keys(require.extensions).join());
  fs.writeFileSync(path.join(dir, '.bar'), 'module.exports = "dotfile as .js";');
  console.log(require(path.join(dir, '.bar')));
  setTimeout(() => {
    fs.writeFileSync(path.join(dir, 'later.json'), '{"v": 2}');
    console.log(require(path.join(dir, 'later')).v);
    fs.rmSync(dir, { recursive: true });
  }, 1);
} catch (e) {
  fs.rmSync(dir, { recursive: true });
  throw e;
}
