// A read error on a ReadStream with autoClose: false is emitted without destroying the stream
// (node's errorOrDestroy); with autoClose it destroys and closes.
const fs = require('fs');
const a = fs.createReadStream(null, { fd: 13337, autoClose: false });
a.on('error', (e) => console.log('no autoClose error', e.code, e.syscall, a.destroyed, a.closed));
a.on('close', () => console.log('no autoClose close'));
a.resume();
const b = fs.createReadStream(null, { fd: 13338 });
b.on('error', (e) => console.log('autoClose error', e.code, b.destroyed));
b.on('close', () => console.log('autoClose close', b.destroyed, b.closed));
b.resume();
process.on('exit', () => console.log('exit', a.destroyed, a.closed, a.fd));
