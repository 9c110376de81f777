// Built-in module micro-benchmarks, run identically under node and rjs.
//   node bench.js WORKLOAD [SECONDS]   -> one JSON line {workload, ops_per_sec, iterations, ms, check}
//   node bench.js --list               -> the workload names, one per line
// Each workload is timed inside the process with performance.now(): a warm-up of ~30% of SECONDS,
// then batches of iterations until SECONDS have passed. `check` is a digest of the workload's
// output, so run.sh can verify that node and rjs computed the same thing.
'use strict';
const { Buffer } = require('buffer');
const util = require('util');
const path = require('path');
const querystring = require('querystring');
const { EventEmitter } = require('events');

// FNV-1a over a string: a cheap digest for the correctness checks.
function digest(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return `${s.length}:${h.toString(16)}`;
}

function assert(ok, what) {
  if (!ok) throw new Error(`check failed: ${what}`);
}

// ~4 KiB of text with 1-, 2-, 3- and 4-byte UTF-8 sequences.
function text() {
  const unit = 'The quick brown fox jumps over the lazy dog. Zwölf Boxkämpfer jagen Viktor — 日本語のテキスト 😀🚀 ';
  let s = '';
  while (Buffer.byteLength(s) < 4096) s += unit;
  return s;
}

// 4 KiB of deterministic pseudo-random bytes.
function bytes() {
  const b = Buffer.allocUnsafe(4096);
  let x = 123456789;
  for (let i = 0; i < b.length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    b[i] = x & 255;
  }
  return b;
}

function roundTrip(encoding) {
  return () => {
    const src = bytes();
    const enc = src.toString(encoding);
    assert(Buffer.from(enc, encoding).equals(src), `${encoding} round trip`);
    let n = 0;
    return {
      op() { n += Buffer.from(src.toString(encoding), encoding).length; },
      check: () => digest(enc),
    };
  };
}

const workloads = {
  // One op = encode + decode of ~4 KiB.
  'buffer-utf8': () => {
    const s = text();
    assert(Buffer.from(s, 'utf8').toString('utf8') === s, 'utf8 round trip');
    let n = 0;
    return {
      op() { n += Buffer.from(s, 'utf8').toString('utf8').length; },
      check: () => digest(Buffer.from(s, 'utf8').toString('hex')),
    };
  },
  'buffer-base64': roundTrip('base64'),
  'buffer-hex': roundTrip('hex'),

  // One op = the small Buffer operations a stream chunk, HTTP body or crypto call pays: from(string)
  // with and without an encoding, alloc, allocUnsafe + fill, toString() and toString('hex'), concat
  // of two, a copy, isEncoding.
  'buffer-small-ops': () => {
    const run = () => {
      const a = Buffer.from('hello world');
      const b = Buffer.from('68656c6c6f', 'hex');
      const z = Buffer.alloc(16);
      const f = Buffer.allocUnsafe(16).fill(7);
      const c = Buffer.concat([a, b]);
      return `${a.toString()}|${c.toString('hex')}|${z.length + f[3]}|${Buffer.from(c).toString()}|${Buffer.isEncoding('utf8')}`;
    };
    let n = 0;
    return { op() { n += run().length; }, check: () => digest(run()) };
  },

  // One op = util.inspect of a nested object (~1.5 KB of output).
  'util-inspect': () => {
    const obj = {
      name: 'rjs', version: [1, 2, 3], enabled: true, nothing: null, missing: undefined,
      big: 12345678901234567890n, float: -0.000123, sym: Symbol('tag'), re: /ab+c/gi,
      date: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), fn: function namedFn() {}, arrow: () => 1,
      nested: { level1: { level2: { level3: { level4: 'deep' } }, list: [1, 'two', { three: 3 }] } },
      users: Array.from({ length: 8 }, (_, i) => ({ id: i, name: `user${i}`, tags: ['a', 'b'], score: i * 1.5 })),
      map: new Map([['k1', { v: 1 }], ['k2', [1, 2]]]), set: new Set(['x', 'y', 'z']),
      typed: new Uint8Array([1, 2, 3, 4]), str: 'a string with \'quotes\' and \n newline',
      long: 'x'.repeat(100),
    };
    let n = 0;
    return { op() { n += util.inspect(obj).length; }, check: () => digest(util.inspect(obj)) };
  },

  // One op = util.inspect of the values console.log typically gets: a 100-number array and a
  // 26-string array (column grouping), a Map, a class instance, an escaped string (~2.5 KB).
  'util-inspect-values': () => {
    class Point { constructor(x, y) { this.x = x; this.y = y; } }
    const values = [
      Array.from({ length: 100 }, (_, i) => (i * 7919) % 1000 - 300),
      Array.from({ length: 26 }, (_, i) => 'w'.repeat((i * 7) % 13 + 1)),
      new Map(Array.from({ length: 10 }, (_, i) => [`key${i}`, { i, even: i % 2 === 0 }])),
      new Point(1.5, -2), [new Point(0, 0), new Point(3, 4)],
      'it\'s a "quoted" string with \t tabs, \u001b escapes and unicode: 日本語',
      { status: 200, headers: { 'content-type': 'text/plain', 'x-id': 'abc' }, ok: true, body: null },
    ];
    const run = () => values.map((v) => util.inspect(v)).join('\n');
    let n = 0;
    return { op() { n += run().length; }, check: () => digest(run()) };
  },

  // One op = 2 path.join + 2 path.resolve.
  'path-join-resolve': () => {
    const run = () => [
      path.join('/usr/local', 'lib', '../share', './node_modules', 'pkg/index.js'),
      path.join('a', 'b/c', '..', 'd', '', 'e/'),
      path.resolve('/foo/bar', './baz', '../qux/file.txt'),
      path.resolve('/srv/app', 'src/../lib', 'x/./y', '..', 'main.js'),
    ];
    let n = 0;
    return { op() { n += run()[3].length; }, check: () => digest(run().join('|')) };
  },

  // One op = basename (with and without ext) + extname + dirname + parse + relative + normalize.
  'path-parse-relative': () => {
    const run = () => {
      const f = '/home/user/projects/app/src/components/Button.test.tsx';
      const p = path.parse(f);
      return [path.basename(f), path.basename(f, '.tsx'), path.extname(f), path.dirname(f), p.name, p.dir,
        path.relative('/home/user/projects/app/lib/util', f), path.normalize('./a//b/../c/./d.js/')].join('|');
    };
    let n = 0;
    return { op() { n += run().length; }, check: () => digest(run()) };
  },

  // One op = querystring.parse of 8 pairs (escapes, '+', a repeated key) + stringify + escape/unescape.
  'querystring': () => {
    const input = 'q=node+js%20runtime&lang=en-US&page=2&tags=a&tags=b&tags=c&redirect=%2Fhome%3Fx%3D1&name=J%C3%BCrgen';
    const run = () => {
      const o = querystring.parse(input);
      const s = querystring.stringify({ user: 'Zoë', id: 42, list: ['x y', 'z&w'], ok: true, empty: '' });
      return JSON.stringify(o) + s + querystring.escape('a b/c?d=é') + querystring.unescape('%E6%97%A5+%zz');
    };
    let n = 0;
    return { op() { n += run().length; }, check: () => digest(run()) };
  },

  // One op = new URL() + searchParams get/has/append/set + href.
  'url-parse': () => {
    const input = 'https://user:pass@sub.example.com:8080/p/a/t/h/file.html?query=string&a=1&b=two&c=%20x#hash';
    const run = () => {
      const u = new URL(input);
      const sp = u.searchParams;
      const got = sp.get('a') + sp.get('c') + sp.has('b');
      sp.append('d', '4 5');
      sp.set('a', '9');
      return got + u.hostname + u.port + u.pathname + u.href;
    };
    let n = 0;
    return { op() { n += run().length; }, check: () => digest(run()) };
  },

  // One op = emit() of one event to two listeners.
  'events-emit': () => {
    const e = new EventEmitter();
    let a = 0, b = 0;
    e.on('data', (x) => { a += x; });
    e.on('data', (x, y) => { b += y; });
    let i = 0;
    return {
      op() { e.emit('data', i, 1); i++; },
      check: () => { const s = { a, b, i }; return `${s.b === s.i && s.a === (s.i * (s.i - 1)) / 2}`; },
    };
  },
};

function main() {
  const [name, secArg] = process.argv.slice(2);
  if (name === '--list') return console.log(Object.keys(workloads).join('\n'));
  const make = workloads[name];
  if (!make) throw new Error(`unknown workload ${name}; one of: ${Object.keys(workloads).join(', ')}`);
  const seconds = Number(secArg || 1);
  const w = make();
  const check0 = w.check();

  // Calibrate a batch to ~10 ms, warm up, then measure whole batches until `seconds` passed.
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) w.op();
    if (performance.now() - t >= 10) break;
    batch *= 2;
  }
  const run = (ms) => {
    let iters = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < ms) {
      for (let i = 0; i < batch; i++) w.op();
      iters += batch;
      t = performance.now();
    }
    return { iters, ms: t - t0 };
  };
  run(seconds * 300);
  const { iters, ms } = run(seconds * 1000);
  const check = w.check();
  console.log(JSON.stringify({
    workload: name, ops_per_sec: (iters * 1000) / ms, iterations: iters, ms,
    // events-emit's check is a state invariant; the others are output digests, stable over runs.
    check: name === 'events-emit' ? check : (assert(check === check0, 'stable output'), check),
  }));
}

main();
