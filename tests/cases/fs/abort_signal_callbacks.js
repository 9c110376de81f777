// fs.readFile / fs.writeFile (callback forms) with an AbortSignal: aborted at the call, the
// callback runs at once; aborted before the file is open (writeFile) or read (readFile), the
// callback gets an AbortError and the file is left unwritten.
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, '_tmp_abort_cb');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d);
const f = (n) => path.join(d, n);
fs.writeFileSync(f('src'), 'data');
const s = AbortSignal.abort('why');
console.log('before');
fs.readFile(f('src'), { signal: s }, (e) => console.log('readFile pre-aborted', e.name, e.code, e.cause));
fs.writeFile(f('w1'), 'x', { signal: s }, (e) => console.log('writeFile pre-aborted', e.name, fs.existsSync(f('w1'))));
console.log('after');
const c = new AbortController();
fs.writeFile(f('w2'), 'xyz', { signal: c.signal }, (e) => console.log('writeFile aborted sync', e && e.name, fs.readFileSync(f('w2'), 'utf8').length));
fs.readFile(f('src'), { signal: c.signal }, (e, data) => console.log('readFile aborted sync', e && e.name, data));
c.abort();
const c2 = new AbortController();
fs.writeFile(f('w3'), 'xyz', { signal: c2.signal }, (e) => console.log('writeFile aborted in a tick', e && e.name, fs.readFileSync(f('w3'), 'utf8').length));
fs.readFile(f('src'), { signal: c2.signal }, (e, data) => console.log('readFile aborted in a tick', e && e.name, data));
process.nextTick(() => c2.abort());
const c3 = new AbortController();
fs.writeFile(f('w4'), 'xyz', { signal: c3.signal }, (e) => console.log('writeFile not aborted', e, fs.readFileSync(f('w4'), 'utf8')));
fs.readFile(f('src'), { encoding: 'utf8', signal: c3.signal }, (e, data) => console.log('readFile not aborted', e, data));
fs.readFile(f('missing'), { signal: c3.signal }, (e) => console.log('readFile missing', e.code, e.syscall));
try { fs.readFile(f('src'), { signal: 'no' }, () => {}); } catch (e) { console.log(e.code, e.message); }
process.on('exit', () => fs.rmSync(d, { recursive: true }));
