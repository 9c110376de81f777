// Opening for synchronous writes (O_SYNC: 'as', 'rs+', numeric flags), which wasmtime refuses:
// the file is opened without it and synced after each write, instead of failing with ENOTSUP.
const path = require('path');
process.chdir(__dirname);
const fs = require('fs');
for (const flag of ['as', 'as+', 'rs+', 'sr+', fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_SYNC]) {
  const fd = fs.openSync('_tmp_osync.txt', flag);
  console.log(flag, fs.writeSync(fd, 'abc'), fs.fstatSync(fd).size);
  fs.closeSync(fd);
}
const ws = fs.createWriteStream('_tmp_osync.txt', { flags: 'as' });
ws.end('zz', () => { console.log(fs.readFileSync('_tmp_osync.txt', 'utf8')); fs.unlinkSync('_tmp_osync.txt'); });
