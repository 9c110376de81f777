// learnyounode "make it modular": a module exporting a function(dir, ext, cb) with the
// error-first convention; errors (ENOENT) reach the callback and are printed as learners do.
const fs = require('fs');
const path = require('path');
const filterLs = require('./filter_ls');
const dir = fs.mkdtempSync('_tmp-');
for (const n of ['a.js', 'b.txt', 'c.js']) fs.writeFileSync(path.join(dir, n), '');
filterLs(dir, 'js', (err, list) => {
  if (err) return console.log('error', err.message);
  console.log(list);
  filterLs(path.join(dir, 'missing'), 'js', (err, list) => {
    console.log(err instanceof Error, err.code, err.errno, err.syscall, list);
    console.log(err.message.replace(dir, 'DIR'));
    console.log(Object.keys(err));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
