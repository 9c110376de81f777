// Callback and promise fs APIs: results, errors, and when callbacks run relative to the loop.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = path.join(__dirname, '_tmp_async');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'data');
const log = (...a) => console.log(...a);
// Node runs concurrent fs requests on a thread pool, so their relative order is not defined:
// each callback API below starts only after the previous one called back. What is defined is
// that no callback runs synchronously, and none runs before nextTick and promise jobs.
let sync = true;
process.nextTick(() => log('nextTick'));
Promise.resolve().then(() => log('microtask'));
try { fs.readFile(f); } catch (e) { log('sync throw', e.code, e.message); }
try { fs.stat(123, () => {}); } catch (e) { log('sync throw', e.code, e.message); }
const steps = [
  (next) => fs.readFile(f, 'utf8', (err, d) => { log('readFile', err, d, 'sync:', sync); next(); }),
  (next) => fs.stat(path.join(dir, 'nope'), (err) => { log('stat err', err.code, err.syscall); next(); }),
  (next) => fs.access(f, (err) => { log('access', err); next(); }),
  (next) => fs.exists(f, (e) => { log('exists', e); next(); }),
  (next) => fs.writeFile(path.join(dir, 'w.txt'), 'written', (err) => {
    log('writeFile', err);
    fs.readFile(path.join(dir, 'w.txt'), 'utf8', (err2, d) => { log('read back', err2, d); next(); });
  }),
  (next) => fs.mkdir(path.join(dir, 'a/b'), { recursive: true }, (err, first) => {
    log('mkdir', err, path.relative(dir, first));
    next();
  }),
  (next) => fs.open(f, 'r', (err, fd) => {
    const buf = Buffer.alloc(4);
    fs.read(fd, buf, 0, 4, 0, (err2, n, b) => {
      log('read', err2, n, b.toString(), b === buf);
      fs.close(fd, (err3) => { log('close', err3); next(); });
    });
  }),
];
const runSteps = (i) => (i < steps.length ? steps[i](() => runSteps(i + 1)) : promiseApis());
runSteps(0);
sync = false;
async function promiseApis() {
  log('p readFile', await fsp.readFile(f, 'utf8'));
  await fsp.writeFile(path.join(dir, 'p.txt'), ['a', 'b', Buffer.from('c')].join(''));
  log('p appendFile', await fsp.appendFile(path.join(dir, 'p.txt'), 'd'), await fsp.readFile(path.join(dir, 'p.txt'), 'utf8'));
  try { await fsp.readFile(path.join(dir, 'nope')); } catch (e) { log('p err', e.code, e.syscall); }
  try { await fsp.readFile(5n); } catch (e) { log('p validation rejects', e.code); }
  const fh = await fsp.open(path.join(dir, 'h.txt'), 'w+');
  log('fh', typeof fh.fd, (await fh.write('hello')).bytesWritten, (await fh.write(Buffer.from('!'), 0, 1, 5)).bytesWritten);
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(6), 0, 6, 0);
  log('fh read', bytesRead, buffer.toString(), (await fh.stat()).size);
  await fh.truncate(2);
  log('fh readFile', await fh.readFile('utf8'), (await fh.stat()).size);
  await fh.close();
  log('fh closed', fh.fd);
  log('p readdir', (await fsp.readdir(dir)).sort());
  log('p stat', (await fsp.stat(f)).isFile(), (await fsp.lstat(dir)).isDirectory());
  await fsp.rm(path.join(dir, 'a'), { recursive: true });
  await fsp.mkdtemp(path.join(dir, 'tmp-'));
  const d = await fsp.opendir(dir);
  const names = [];
  for await (const e of d) names.push(e.name.startsWith('tmp-') ? 'tmp-*' : e.name);
  log('opendir', names.sort());
  await fsp.rm(dir, { recursive: true });
  log('removed', fs.existsSync(dir));
}
