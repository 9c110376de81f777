// fs operations that take several thread-pool round trips in node (readFile, writeFile, recursive
// mkdir, fs/promises readFile) complete with their results whether or not other work is pending
// meanwhile (a ref'd or unref'd timer, an immediate chain, nothing at all), after the script's
// ticks and promise jobs, and one started from 'beforeExit' keeps the loop alive until it is done.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = path.join(__dirname, `_multi_round_tmp${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'data');
const log = (...a) => console.log(...a);
let sync = true;
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('job'));
const steps = [
  (next) => fs.readFile(f, 'utf8', (e, d) => { log('readFile alone', e, d, sync); next(); }),
  (next) => fs.mkdir(path.join(dir, 'a/b/c'), { recursive: true }, (e, first) => { log('mkdir', e, path.relative(dir, first)); next(); }),
  (next) => {
    const t = setTimeout(() => {}, 1000);
    fs.readFile(f, (e, d) => { clearTimeout(t); log('readFile with a timer', e, d.length); next(); });
  },
  (next) => {
    const t = setTimeout(() => {}, 1000).unref();
    fs.writeFile(path.join(dir, 'w.txt'), 'w', (e) => { clearTimeout(t); log('writeFile with an unref timer', e); next(); });
  },
  (next) => {
    let done = false;
    const spin = () => { if (!done) setImmediate(spin); };
    spin();
    fs.readFile(f, 'latin1', (e, d) => { done = true; log('readFile with immediates', e, d); next(); });
  },
  (next) => {
    // (node's thread pool finishes these in no defined order: printed together at the end)
    const got = {};
    const both = (k, v) => { got[k] = v; if (Object.keys(got).length === 3) { log('concurrent', got.readFile, got.stat, got.fsp); next(); } };
    fs.readFile(f, 'utf8', (e, d) => both('readFile', d));
    fs.stat(f, (e, st) => both('stat', st.size));
    fsp.readFile(f, 'utf8').then((d) => both('fsp', d));
  },
  (next) => fsp.readFile(path.join(dir, 'nope')).catch((e) => { log('fsp.readFile missing', e.code); next(); }),
];
let beforeExit = 0;
process.on('beforeExit', () => {
  if (++beforeExit > 1) return log('beforeExit again');
  log('beforeExit');
  fs.readFile(f, 'utf8', (e, d) => {
    log('readFile from beforeExit', d);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
process.on('exit', () => log('exit', beforeExit));
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); })(0);
sync = false;
