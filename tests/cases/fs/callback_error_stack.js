// Errors the callback API passes on come from libuv in node: their stack has no frames, so
// console.log shows them bracketed ([Error: ENOENT: ...] { errno, code, syscall, path }).
const fs = require('fs');
const path = require('path');
const missing = path.join(__dirname, 'no-such-file.txt');
const rel = (e) => { e.path = path.relative(__dirname, e.path); if (e.dest) e.dest = path.relative(__dirname, e.dest); e.message = e.message.split(__dirname + path.sep).join(''); e.stack = e.stack.split(__dirname + path.sep).join(''); return e; };
fs.readFile(missing, 'utf8', (err) => {
  console.log(rel(err));
  fs.stat(missing, (err2) => {
    console.log(JSON.stringify(rel(err2).stack), Object.keys(err2));
    fs.readdir(missing, (err3) => {
      console.log(rel(err3));
      fs.unlink(missing, (err4) => {
        console.log(String(rel(err4).stack.split('\n').length));
        fs.access(missing, (err5) => { console.log(rel(err5).stack); });
      });
    });
  });
});
try { fs.readFileSync(missing); } catch (e) { console.log(e.stack.split('\n').length > 1); }
