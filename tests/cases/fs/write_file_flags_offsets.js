// writeFileSync/readFileSync by path write and read a freshly opened file from its start
// whatever the flag ('w' truncates, 'r+' overwrites in place, 'a'/'a+' append, 'wx' refuses an
// existing file); by descriptor they use and move the descriptor's own offset.
const fs = require('fs');
const f = `${__dirname}/_wf_flags_${process.pid}.txt`;
const show = (label) => console.log(label, JSON.stringify(fs.readFileSync(f, 'utf8')));
fs.writeFileSync(f, '0123456789');
show('w');
fs.writeFileSync(f, 'ab', { flag: 'r+' });
show('r+');
fs.writeFileSync(f, 'XY', { flag: 'a' });
show('a');
fs.writeFileSync(f, Buffer.from('ZZ'), { flag: 'a+' });
show('a+');
try { fs.writeFileSync(f, 'no', { flag: 'wx' }); } catch (e) { console.log('wx', e.code); }
fs.writeFileSync(f, 'short');
show('w again');
console.log('r+ read', fs.readFileSync(f, { encoding: 'utf8', flag: 'r+' }));
console.log('a+ read', fs.readFileSync(f, { encoding: 'utf8', flag: 'a+' }));
const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'q');
fs.writeFileSync(f, big);
const back = fs.readFileSync(f);
console.log('big', back.length, back.equals(big));
fs.writeFileSync(f, 'hello world');
const fd = fs.openSync(f, 'r+');
const two = Buffer.alloc(2);
fs.readSync(fd, two);
console.log('fd rest', JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.closeSync(fd);
const wfd = fs.openSync(f, 'r+');
fs.readSync(wfd, two);
fs.writeFileSync(wfd, '--');
fs.writeFileSync(wfd, '++');
fs.closeSync(wfd);
show('fd writes');
fs.unlinkSync(f);
