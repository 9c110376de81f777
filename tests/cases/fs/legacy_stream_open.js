// node 20's deprecated ReadStream/WriteStream.prototype.open(): a no-op that warns (DEP0135); a
// subclass's own open() (graceful-fs style) opens the stream, its 'open'/'error' ending construction.
const fs = require('fs');
const path = require('path');
function MyStream(p, o) { fs.ReadStream.call(this, p, o); }
Object.setPrototypeOf(MyStream.prototype, fs.ReadStream.prototype);
MyStream.prototype.open = function () {
  console.log('legacy open', this.fd);
  fs.open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) { this.emit('error', err); return; }
    this.fd = fd;
    this.emit('open', fd);
  });
};
const s = new MyStream(__filename, { end: 9 });
s.on('open', (fd) => console.log('open event', typeof fd));
s.on('data', (d) => console.log('data', JSON.stringify(d.toString())));
s.on('close', () => console.log('close'));
const bad = new MyStream(path.join(__dirname, 'nope'));
bad.on('error', (e) => console.log('error', e.code, bad.destroyed));
bad.on('close', () => console.log('bad close'));
const w = fs.createWriteStream(path.join(__dirname, '_tmp_legacy.out'));
console.log(typeof w.open, w.open.name, fs.WriteStream.prototype.open === w.open);
w.end('x', () => { console.log('w done'); fs.unlinkSync(path.join(__dirname, '_tmp_legacy.out')); });
process.on('warning', (x) => console.log('warning', x.code, x.message));
fs.createReadStream(__filename).open();
