// A Dir opened by a Buffer path keeps it as node's does: dir.path and its entries' parentPath
// and path are that Buffer; a URL path becomes a string.
const fs = require('fs');
const d = fs.opendirSync(Buffer.from(__dirname));
const e = d.readSync();
console.log(Buffer.isBuffer(d.path), String(d.path) === __dirname, Buffer.isBuffer(e.parentPath), Buffer.isBuffer(e.path), String(e.parentPath) === __dirname);
d.closeSync();
fs.promises.opendir(Buffer.from(__dirname)).then(async (dir) => {
  console.log('promise', Buffer.isBuffer(dir.path));
  for await (const x of dir) { console.log('entry', Buffer.isBuffer(x.parentPath)); break; }
  fs.opendir(require('url').pathToFileURL(__dirname), (err, d2) => {
    console.log('url', err, typeof d2.path, d2.path === __dirname);
    d2.closeSync();
  });
});
