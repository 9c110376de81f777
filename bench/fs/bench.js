// File-system throughput, run identically under node and rjs.
//   node bench.js OP DIR  -> one JSON line {op, value, unit, ms, ...}
// OPs (each in its own process so peak RSS can be measured per op):
//   write-sync    writeFileSync of a 100 MiB buffer to DIR/big-sync.bin          -> MB/s
//   read-sync     readFileSync of DIR/big-sync.bin (content verified untimed)     -> MB/s
//   write-stream  createWriteStream, 1600 x 64 KiB writes honouring backpressure -> MB/s
//   read-stream   createReadStream of DIR/big-stream.bin, highWaterMark 64 KiB   -> MB/s
//   mkfiles       writeFileSync of 10,000 small files into DIR/files             -> entries/s
//   readdir       readdirSync(DIR/files), repeated for ~1 s                        -> entries/s
//                 (one entry is renamed before each listing, as in a directory in use: rjs
//                 reuses the listing of a directory unchanged for over a second, which would
//                 measure that cache instead of listing; readdir-once measures the first one)
//   readdir-once  one readdirSync(DIR/files) in a fresh process                     -> entries/s
//   readdir-types readdirSync(DIR/files, { withFileTypes: true }), likewise        -> entries/s
//   noop          nothing (baseline for peak RSS)
// MB = 10^6 bytes. The 100 MiB payload is a 64 KiB pattern repeated, so chunks can be checked.
'use strict';
const fs = require('fs');
const path = require('path');

const CHUNK = 64 * 1024;
const CHUNKS = 1600; // 100 MiB
const SIZE = CHUNK * CHUNKS;
const NFILES = 10000;

const patternByte = (i) => ((i % CHUNK) * 31 + 7) & 255;
function pattern() {
  const c = Buffer.allocUnsafe(CHUNK);
  for (let i = 0; i < CHUNK; i++) c[i] = patternByte(i);
  return c;
}
function check(ok, what) {
  if (!ok) throw new Error(`check failed: ${what}`);
}
function verify(buf, what) {
  check(buf.length === SIZE, `${what}: length ${buf.length} !== ${SIZE}`);
  const c = pattern();
  for (let off = 0; off < SIZE; off += CHUNK) check(buf.compare(c, 0, CHUNK, off, off + CHUNK) === 0, `${what}: bytes at ${off}`);
}
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);

function out(op, value, unit, ms, extra) {
  console.log(JSON.stringify({ op, value, unit, ms, ...extra }));
}

// Renames one entry of the mkfiles directory `d` back and forth: the directory changes
// (names and count stay), so no listing can be reused.
let renamed = false;
function touchDir(d) {
  const a = path.join(d, 'file-00000.txt');
  const b = path.join(d, 'file-00000.txx');
  if (renamed) fs.renameSync(b, a);
  else fs.renameSync(a, b);
  renamed = !renamed;
}

// Repeats fn for at least `minMs` (and 3 runs), after one warm-up call; returns runs and ms.
function repeat(fn, minMs) {
  fn();
  let runs = 0;
  const t0 = performance.now();
  let t = t0;
  while (runs < 3 || t - t0 < minMs) {
    fn();
    runs++;
    t = performance.now();
  }
  return { runs, ms: t - t0 };
}

const ops = {
  'write-sync'(dir) {
    const big = Buffer.concat(new Array(CHUNKS).fill(pattern()));
    const f = path.join(dir, 'big-sync.bin');
    const t = performance.now();
    fs.writeFileSync(f, big);
    const ms = performance.now() - t;
    check(fs.statSync(f).size === SIZE, 'size after writeFileSync');
    out('write-sync', mbps(SIZE, ms), 'MB/s', ms);
  },
  'read-sync'(dir) {
    const f = path.join(dir, 'big-sync.bin');
    const t = performance.now();
    const buf = fs.readFileSync(f);
    const ms = performance.now() - t;
    verify(buf, 'readFileSync');
    out('read-sync', mbps(SIZE, ms), 'MB/s', ms);
  },
  'write-stream'(dir) {
    const c = pattern();
    const f = path.join(dir, 'big-stream.bin');
    const t = performance.now();
    const ws = fs.createWriteStream(f, { highWaterMark: CHUNK });
    let i = 0;
    let drains = 0;
    const pump = () => {
      while (i < CHUNKS) {
        i++;
        if (!ws.write(c)) {
          drains++;
          ws.once('drain', pump);
          return;
        }
      }
      ws.end();
    };
    ws.on('error', (e) => { throw e; });
    ws.on('close', () => {
      const ms = performance.now() - t;
      check(fs.statSync(f).size === SIZE, 'size after write stream');
      out('write-stream', mbps(SIZE, ms), 'MB/s', ms, { drains });
    });
    pump();
  },
  'read-stream'(dir) {
    const f = path.join(dir, 'big-stream.bin');
    let bytes = 0;
    let chunks = 0;
    const t = performance.now();
    fs.createReadStream(f, { highWaterMark: CHUNK })
      .on('data', (c) => {
        // O(1) spot check per chunk: first and last byte against the pattern.
        check(c[0] === patternByte(bytes) && c[c.length - 1] === patternByte(bytes + c.length - 1), `chunk at ${bytes}`);
        bytes += c.length;
        chunks++;
      })
      .on('error', (e) => { throw e; })
      .on('close', () => {
        const ms = performance.now() - t;
        check(bytes === SIZE, `read-stream read ${bytes} bytes`);
        out('read-stream', mbps(SIZE, ms), 'MB/s', ms, { chunks });
      });
  },
  mkfiles(dir) {
    const d = path.join(dir, 'files');
    fs.mkdirSync(d, { recursive: true });
    const t = performance.now();
    for (let i = 0; i < NFILES; i++) fs.writeFileSync(path.join(d, `file-${String(i).padStart(5, '0')}.txt`), 'x');
    const ms = performance.now() - t;
    out('mkfiles', (NFILES * 1000) / ms, 'entries/s', ms);
  },
  readdir(dir) {
    const d = path.join(dir, 'files');
    let n = 0;
    const { runs, ms } = repeat(() => { touchDir(d); n = fs.readdirSync(d).length; }, 1000);
    check(n === NFILES, `readdirSync returned ${n} names`);
    if (renamed) touchDir(d);
    out('readdir', (runs * NFILES * 1000) / ms, 'entries/s', ms, { runs });
  },
  'readdir-once'(dir) {
    const d = path.join(dir, 'files');
    const t = performance.now();
    const n = fs.readdirSync(d).length;
    const ms = performance.now() - t;
    check(n === NFILES, `readdirSync returned ${n} names`);
    out('readdir-once', (NFILES * 1000) / ms, 'entries/s', ms);
  },
  'readdir-types'(dir) {
    const d = path.join(dir, 'files');
    let files = 0;
    const { runs, ms } = repeat(() => {
      touchDir(d);
      files = 0;
      for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isFile()) files++;
    }, 1000);
    check(files === NFILES, `readdirSync withFileTypes returned ${files} files`);
    if (renamed) touchDir(d);
    out('readdir-types', (runs * NFILES * 1000) / ms, 'entries/s', ms, { runs });
  },
  noop() {
    out('noop', 0, '', 0);
  },
};

const [op, dir] = process.argv.slice(2);
if (!ops[op] || !dir) {
  console.error(`usage: bench.js OP DIR; OP one of ${Object.keys(ops).join(', ')}`);
  process.exit(2);
}
ops[op](dir);
