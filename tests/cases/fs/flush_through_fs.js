// writeFile/appendFile with flush sync through fs's own fsyncSync/fsync (a patched one is called,
// with node's arguments), appendFile(Sync) go through fs.writeFile(Sync), and without flush no
// sync is asked for.
const fs = require('fs');
const path = require('path');
const f = path.join(__dirname, `_ftf_tmp${process.pid}.txt`);
const calls = [];
const wrap = (name) => {
  const orig = fs[name];
  fs[name] = function (...args) { calls.push(`${name}(${args.map((a) => typeof a).join(',')})`); return orig.apply(this, args); };
};
['fsyncSync', 'fsync', 'writeFileSync', 'writeFile'].forEach(wrap);
const take = (label) => { console.log(label, calls.splice(0).join(' ')); };
fs.writeFileSync(f, 'a', { flush: true }); take('writeFileSync flush');
fs.appendFileSync(f, 'b', { flush: true }); take('appendFileSync flush');
fs.appendFileSync(f, 'c'); take('appendFileSync');
const fd = fs.openSync(f, 'a');
fs.writeFileSync(fd, 'd', { flush: true }); take('writeFileSync fd flush');
fs.writeFile(f, 'e', { flush: true }, (err) => {
  take('writeFile flush');
  fs.appendFile(f, 'f', { flush: true }, (err2) => {
    take('appendFile flush');
    fs.appendFile(f, 'g', (err3) => {
      take('appendFile');
      fs.writeFile(fd, 'h', { flush: true }, (err4) => {
        take('writeFile fd flush');
        console.log(err, err2, err3, err4, fs.readFileSync(f, 'latin1'));
        fs.closeSync(fd);
        fs.unlinkSync(f);
      });
    });
  });
});
