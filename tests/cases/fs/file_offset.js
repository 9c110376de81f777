// One file offset per descriptor, as POSIX: reads and writes at the current offset share it,
// positional I/O leaves it alone, and a descriptor opened to append writes at the end whatever
// the position (wasmtime alone keeps separate read/write offsets and honours pwrite's position).
const fs = require('fs');
const f = `${__dirname}/_offset_tmp${process.pid}.txt`;
fs.writeFileSync(f, '0123456789');
let fd = fs.openSync(f, 'r+');
const b = Buffer.alloc(2);
fs.writeSync(fd, 'AB');
console.log('read after write', fs.readSync(fd, b), b.toString());
fs.readSync(fd, b);
fs.writeSync(fd, 'CD');
console.log(fs.readFileSync(f, 'utf8'));
console.log('read', fs.readSync(fd, b), b.toString());
fs.readSync(fd, b, 0, 2, 0);
console.log('read after pread', fs.readSync(fd, b), b.toString());
fs.writeSync(fd, 'EF', 0);
fs.writeSync(fd, 'GH');
console.log(fs.readFileSync(f, 'utf8'));
fs.closeSync(fd);
fd = fs.openSync(f, 'a+');
console.log('a+ read', fs.readSync(fd, b), b.toString());
fs.writeSync(fd, 'IJ');
console.log('a+ read after append', fs.readSync(fd, b), b.toString());
fs.writeSync(fd, 'KL', 0);
console.log(fs.readFileSync(f, 'utf8'));
fs.closeSync(fd);
fd = fs.openSync(f, 'w+');
fs.writeSync(fd, 'hello');
console.log('w+ read', fs.readSync(fd, b), fs.readSync(fd, b, 0, 2, 0), b.toString());
fs.closeSync(fd);
fs.unlinkSync(f);
