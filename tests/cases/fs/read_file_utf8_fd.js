// readFileSync of a descriptor: with utf8 (node's C++ readFileUtf8) the flag is checked and the
// descriptor read as it is, so a bad one fails in read; other encodings fstat it first (a bad
// one fails there, a negative one is out of range) and ignore the flag.
const fs = require('fs');
const f = `${__dirname}/_rf_utf8_fd_${process.pid}.txt`;
fs.writeFileSync(f, 'hello world');
const fd = fs.openSync(f, 'r');
const tryit = (label, fn) => {
  try { console.log(label, 'ok', JSON.stringify(String(fn()))); } catch (e) { console.log(label, e.code, e.syscall, e.message); }
};
fs.readSync(fd, Buffer.alloc(6));
tryit('utf8 rest', () => fs.readFileSync(fd, 'utf8'));
tryit('fd bogus flag', () => fs.readFileSync(fd, { flag: 'bogus' }));
tryit('fd utf8 bogus flag', () => fs.readFileSync(fd, { encoding: 'utf8', flag: 'bogus' }));
tryit('-1 utf8', () => fs.readFileSync(-1, 'utf8'));
tryit('-1', () => fs.readFileSync(-1));
tryit('999 utf8', () => fs.readFileSync(999, 'utf8'));
tryit('999 latin1', () => fs.readFileSync(999, 'latin1'));
tryit('path bogus flag', () => fs.readFileSync(f, { encoding: 'utf8', flag: 'bogus' }));
tryit('nul path bogus flag', () => fs.readFileSync('x\0', { encoding: 'utf8', flag: 'bogus' }));
fs.closeSync(fd);
fs.unlinkSync(f);
