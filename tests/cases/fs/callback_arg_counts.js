// How many arguments each callback gets: node's binding passes only the error when an
// operation has no result (cb(null), not cb(null, undefined)); fs.cp passes (null, undefined).
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, '_tmp_cbargs');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d);
const log = (name) => (...a) => console.log(name, a.length, a.map((x) => (x === null ? 'null' : typeof x)).join(','));
const steps = [
  (n) => fs.writeFile(`${d}/a`, 'x', n('writeFile')),
  (n) => fs.appendFile(`${d}/a`, 'y', n('appendFile')),
  (n) => fs.access(`${d}/a`, n('access')),
  (n) => fs.copyFile(`${d}/a`, `${d}/b`, n('copyFile')),
  (n) => fs.rename(`${d}/b`, `${d}/c`, n('rename')),
  (n) => fs.truncate(`${d}/c`, 1, n('truncate')),
  (n) => fs.utimes(`${d}/c`, 1, 1, n('utimes')),
  (n) => fs.chmod(`${d}/c`, 0o644, n('chmod')),
  (n) => fs.symlink('c', `${d}/l`, n('symlink')),
  (n) => fs.link(`${d}/c`, `${d}/h`, n('link')),
  (n) => fs.unlink(`${d}/h`, n('unlink')),
  (n) => fs.mkdir(`${d}/m`, n('mkdir')),
  (n) => fs.mkdir(`${d}/m`, { recursive: true }, n('mkdir recursive, exists')),
  (n) => fs.mkdir(`${d}/m/x/y`, { recursive: true }, n('mkdir recursive, new')),
  (n) => fs.rmdir(`${d}/m/x/y`, n('rmdir')),
  (n) => fs.rm(`${d}/m`, { recursive: true }, n('rm')),
  (n) => fs.open(`${d}/a`, 'r+', (e, fd) => {
    log('open')(e, fd);
    fs.fsync(fd, (...a) => {
      log('fsync')(...a);
      fs.ftruncate(fd, (...b) => { log('ftruncate')(...b); fs.close(fd, n('close')); });
    });
  }),
  (n) => fs.cp(`${d}/a`, `${d}/cp`, n('cp')),
  (n) => fs.mkdtemp(`${d}/t`, n('mkdtemp')),
  (n) => fs.exists(`${d}/a`, n('exists')),
  (n) => fs.writeFile(`${d}/a`, 'x', { signal: new AbortController().signal }, n('writeFile with signal')),
];
let i = 0;
const next = () => {
  const step = steps[i++];
  if (step) step((name) => (...a) => { log(name)(...a); next(); });
  else fs.rmSync(d, { recursive: true });
};
next();
