// A write stream over a FileHandle takes flush: true (node's FileHandle operations sync through
// handle.sync() before the close); the data lands at start, and the handle closes with the stream.
// A stream over a closed handle (fd -1) is refused as node's, before its options are looked at.
const fsp = require('fs').promises;
const fs = require('fs');
const f = require('path').join(__dirname, `_fhsf_tmp${process.pid}.txt`);
(async () => {
  fs.writeFileSync(f, 'a\nb\nc');
  const fh = await fsp.open(f, 'r+');
  fh.on('close', () => console.log('handle close event'));
  const w = fh.createWriteStream({ start: 1, flush: true });
  w.on('close', () => {
    console.log('stream closed', JSON.stringify(fs.readFileSync(f, 'latin1')), fh.fd);
    try { fh.createWriteStream({ flush: 'yes' }); } catch (e) { console.log(e.code, e.message); }
    fs.unlinkSync(f);
  });
  w.end('Z', () => console.log('finished', JSON.stringify(fs.readFileSync(f, 'latin1'))));
})();
