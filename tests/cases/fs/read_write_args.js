// read/readSync/write/writeSync and their argument forms checked as node 20 checks them: options
// objects, offset/length/position ranges, length truncated with |0, bigint positions, empty
// buffers, string writes with an encoding (hex of odd length refused, unknown taken as utf8).
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, `_rw_args_tmp${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'hello world');
const fd = fs.openSync(f, 'r+');
const show = (label, fn) => { try { const r = fn(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString() : JSON.stringify(r)); } catch (e) { console.log(label, 'ERR', e.name, e.code, e.message); } };
const B = (n) => Buffer.alloc(n);
const cases = [
  [], [B(4)], [B(4), 0], [B(4), 0, 4], [B(4), 0, 4, 0], [B(4), 0, 4, null], [B(4), 1, 2, 3], [B(4), 5, 1], [B(4), 0, 5], [B(4), -1, 1],
  [B(4), 1.5, 1], [B(4), '1', 1], [B(4), 0, '2', 0], [B(4), 0, 2, '1'], [B(4), 0, 2, 1.5], [B(4), 0, 2, -2], [B(4), 0, 2, 2n], [B(4), 0, 2, -2n], [B(4), 0, 2, 2n ** 63n],
  [B(4), { offset: 1 }], [B(4), { position: 3 }], [B(4), { length: 2, position: 1 }], [B(4), null], [B(4), 'x'], [B(0), 0, 0], [B(0), 0, 1], [B(0)],
  ['str'], [{}], [null], [new Uint16Array(2), 0, 4, 0], [new DataView(new ArrayBuffer(4)), 0, 4, 0], [B(4), 0, -1], [B(4), 0, 2 ** 31], [B(4), 0, NaN], [B(4), undefined, 2, 0],
  [B(4), 0, 1.7, 0], [B(4), { offset: -1 }], [B(4), { offset: 5 }], [B(4), { length: 9 }],
];
for (const c of cases) {
  const label = JSON.stringify(c.map((x) => (Buffer.isBuffer(x) ? `B${x.length}` : typeof x === 'bigint' ? `${x}n` : ArrayBuffer.isView(x) ? x.constructor.name : x)));
  let g = fs.openSync(f, 'r+');
  show(`readSync ${label}`, () => fs.readSync(g, ...c));
  fs.closeSync(g);
  g = fs.openSync(f, 'r+');
  show(`writeSync ${label}`, () => fs.writeSync(g, ...c));
  fs.closeSync(g);
  fs.writeFileSync(f, 'hello world');
}
for (const c of [['abc'], ['abc', 0], ['abc', 0, 'hex'], ['abc', null, 'utf8'], ['abc', 'utf8'], ['ab', 0, 'bogus'], [1], [true], [{ toString() { return 'x'; } }], [new String('s')], ['abc', 1.5], ['abc', -1], ['abc', '1']]) {
  show(`writeSync str ${JSON.stringify(c)}`, () => fs.writeSync(fd, ...c));
}
let pending = 0;
const results = [];
const done = () => { if (--pending === 0) { fs.closeSync(fd); fs.rmSync(dir, { recursive: true }); console.log(results.sort().join('\n')); } };
const acases = [
  [B(4)], [B(4), 0, 4, 0], [B(4), { position: 2 }], [{ buffer: B(3), position: 1 }], [], [B(4), 5, 1], [B(4), 0, 0, 0], [B(0), 0, 1, 0], [B(4), null, 2, 0], ['x'], [B(4), 0, 2, 1.5], [B(4), 'x'],
];
for (const c of acases) {
  const label = JSON.stringify(c.map((x) => (Buffer.isBuffer(x) ? `B${x.length}` : x)));
  pending++;
  try {
    fs.read(fd, ...c, (err, n, buf) => { results.push(`read ${label} ${err && err.code} ${n} ${buf && buf.length}`); done(); });
  } catch (e) { console.log(`read ${label}`, 'ERR', e.code, e.message); done(); }
}
for (const c of [[B(4)], [B(4), 0], [B(4), 0, 2], [B(4), 0, 2, 0], [B(4), { offset: 1, length: 2 }], ['s'], ['s', 0], ['s', 0, 'utf8'], [1], [B(4), 5]]) {
  const label = JSON.stringify(c.map((x) => (Buffer.isBuffer(x) ? `B${x.length}` : x)));
  pending++;
  try {
    fs.write(fd, ...c, (err, n, buf) => { results.push(`write ${label} ${err && err.code} ${n} ${typeof buf}`); done(); });
  } catch (e) { console.log(`write ${label}`, 'ERR', e.code, e.message); done(); }
}

