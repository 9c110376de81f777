// WriteStream's `flush`: 'finish' comes after the writes, the file is synced when the stream
// closes (just before its close), as node's.
const fs = require('fs');
const path = require('path');
const f = path.join(__dirname, '_tmp_flush.txt');
const log = [];
const spy = (name) => (...a) => { log.push(name); return fs[name](...a); };
const ws = fs.createWriteStream(f, { flush: true, fs: { open: spy('open'), write: spy('write'), fsync: spy('fsync'), close: spy('close') } });
ws.on('finish', () => log.push('finish'));
ws.on('close', () => {
  log.push('close event');
  console.log(log.join(' '), fs.readFileSync(f, 'utf8'));
  fs.unlinkSync(f);
});
ws.write('a');
ws.end('b');
