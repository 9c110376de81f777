// Watching a file as learners do it: fs.watchFile (stat polling) sees a size change and a
// removal, unwatchFile stops it; fs.watch on a missing path fails as node's does. (fs.watch on
// an existing path is not compared: WASI has no change notifications, and rjs says so with
// ERR_FEATURE_UNAVAILABLE_ON_PLATFORM.)
const fs = require('fs');
const file = '_tmp-watched.txt';
fs.writeFileSync(file, 'v1');
let n = 0;
fs.watchFile(file, { interval: 10 }, (cur, prev) => {
  n++;
  console.log('change', n, prev.size, '->', cur.size, cur.isFile(), cur.mtimeMs >= prev.mtimeMs || cur.mtimeMs === 0);
  if (n === 1) fs.unlinkSync(file);
  else {
    console.log('removed: nlink', cur.nlink, 'ino', cur.ino, 'mtime', cur.mtime.getTime());
    fs.unwatchFile(file);
    try {
      fs.watch(file);
    } catch (e) {
      console.log(e.code, e.syscall, e.message, e.filename);
    }
  }
});
// (well after the watcher's first stat, even on a loaded machine)
setTimeout(() => fs.appendFileSync(file, ' and v2'), 150);
