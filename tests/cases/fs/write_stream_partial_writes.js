// fs.WriteStream writes as node's writeAll/writevAll: an EAGAIN from fs.write counts as nothing
// written and is retried, a short write goes on with the rest (bytesWritten counts each part),
// six empty writes in a row fail with ERR_SYSTEM_ERROR, and a custom writev gets this.pos.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, `_wspw_tmp${process.pid}`);
process.on('exit', () => fs.rmSync(file, { force: true }));

function run(label, fsImpl, data, options = {}) {
  return new Promise((resolve) => {
    const calls = [];
    const s = fs.createWriteStream(file, { ...options, fs: fsImpl(calls) });
    s.on('error', (e) => console.log(label, 'error', e.name, e.code, e.message, e.info));
    s.on('close', () => {
      console.log(label, calls.join(' '), s.bytesWritten, JSON.stringify(fs.readFileSync(file, 'utf8')));
      resolve();
    });
    if (Array.isArray(data)) { s.cork(); for (const d of data) s.write(d); s.end(); s.uncork(); } else s.end(data);
  });
}
const base = { open: fs.open, close: fs.close };
const eagain = () => Object.assign(new Error('try again'), { code: 'EAGAIN' });

(async () => {
  await run('eagain once', (calls) => ({ ...base, write(fd, buf, off, len, pos, cb) {
    calls.push(`${len}@${pos}`);
    if (calls.length === 1) return cb(eagain(), 0, buf);
    fs.write(fd, buf, off, len, pos, cb);
  } }), 'hello');
  await run('short writes', (calls) => ({ ...base, write(fd, buf, off, len, pos, cb) {
    calls.push(`${len}@${pos}`);
    fs.write(fd, buf, off, Math.min(len, 2), pos, cb);
  } }), 'abcdefg', { start: 0 });
  await run('never writes', (calls) => ({ ...base, write(fd, buf, off, len, pos, cb) {
    calls.push(`${len}`);
    cb(null, 0, buf);
  } }), 'xyz');
  await run('writev', (calls) => ({ ...base, write: fs.write, writev(fd, bufs, pos, cb) {
    calls.push(`${bufs.length}@${pos}`);
    if (calls.length === 1) return cb(eagain(), 0, bufs);
    fs.writev(fd, bufs, pos, cb);
  } }), ['a', 'b', 'c']);
})();

// A SystemError shows its errno/syscall/path getters' values when inspected, as node's does.
try { fs.rmSync(__dirname); } catch (e) { console.log(require('util').inspect(e).split('\n').filter((l) => !l.includes(' at ')).join('|').replace(__dirname, '<dir>').replace(__dirname, '<dir>')); }
