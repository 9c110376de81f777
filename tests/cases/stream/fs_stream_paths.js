// fs.ReadStream/WriteStream over the real fs and over a custom `fs` option: chunk sizes and
// positions (start/end), short reads (copied to a buffer of their size), bytesRead/bytesWritten,
// event order, and the once-wrapper's observable shape.
const fs = require('fs');
const path = require('path');
const util = require('util');
const EE = require('events');
const dir = path.join(__dirname, '_tmp_fs_stream_paths');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const file = path.join(dir, 'data.bin');
const data = Buffer.alloc(200000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 255;
fs.writeFileSync(file, data);

// once wrappers as node makes them (inspect of an emitter shows them).
const e = new EE();
function onFoo() {}
e.once('foo', onFoo);
const raw = e.rawListeners('foo')[0];
console.log('once wrapper', raw.name, raw.length, 'prototype' in raw, Object.keys(raw), raw.listener === onFoo, raw !== onFoo);
console.log(util.inspect(e._events.foo));
e.once('bar', function (...args) { console.log('once this', this === e, args, arguments.length); });
e.emit('bar', 1, 2);
e.emit('bar', 3);
e.once('baz', function () { console.log('once no args', arguments.length); });
e.emit('baz');
e.once('x', () => {});
e.removeListener('x', e.rawListeners('x')[0].listener);
console.log('removed by listener', e.listenerCount('x'));
const order = [];
e.once('y', () => { order.push('a'); e.emit('y'); });
e.once('y', () => order.push('b'));
e.emit('y');
console.log('reentrant once', order);

const steps = [];
function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); else fs.rmSync(dir, { recursive: true }); }

steps.push((next) => {
  const log = [];
  const rs = fs.createReadStream(file, { highWaterMark: 65536 });
  rs.on('open', (fd) => log.push(`open ${typeof fd}`));
  rs.on('ready', () => log.push('ready'));
  rs.on('data', (c) => log.push(`data ${c.length} ${c.buffer.byteLength} ${c.byteOffset} ${rs.bytesRead}`));
  rs.on('end', () => log.push('end'));
  rs.on('close', () => { log.push(`close ${rs.bytesRead}`); console.log('read', log); next(); });
});
steps.push((next) => {
  const chunks = [];
  const rs = fs.createReadStream(file, { start: 1000, end: 140000, highWaterMark: 50000 });
  rs.on('data', (c) => chunks.push([c.length, c[0], c[c.length - 1]]));
  rs.on('close', () => { console.log('range', chunks, rs.bytesRead, rs.pos); next(); });
});
steps.push((next) => {
  const fd = fs.openSync(file, 'r');
  const rs = fs.createReadStream(null, { fd, start: 10, end: 19, encoding: 'hex' });
  let s = '';
  rs.on('data', (c) => { s += c; });
  rs.on('close', () => { console.log('fd read', s, rs.bytesRead); next(); });
});
steps.push((next) => {
  const log = [];
  const out = path.join(dir, 'out.bin');
  const ws = fs.createWriteStream(out, { highWaterMark: 1000 });
  ws.on('open', () => log.push('open'));
  ws.on('ready', () => log.push('ready'));
  ws.on('drain', () => log.push(`drain ${ws.bytesWritten}`));
  ws.on('finish', () => log.push(`finish ${ws.bytesWritten}`));
  ws.on('close', () => {
    log.push('close');
    const text = fs.readFileSync(out, 'utf8');
    console.log('write', log, text.length, text.slice(0, 8), text.slice(-6));
    next();
  });
  log.push(`w1 ${ws.write('hello ')}`);
  log.push(`w2 ${ws.write(Buffer.alloc(1000, 'x'))}`);
  log.push(`w3 ${ws.write(new Uint8Array([33, 10]))}`);
  ws.end('end', () => log.push('end cb'));
});
steps.push((next) => {
  const out = path.join(dir, 'pos.bin');
  fs.writeFileSync(out, 'abcdefghij');
  const ws = fs.createWriteStream(out, { flags: 'r+', start: 3 });
  ws.write('XY');
  ws.write('Z');
  ws.end(() => { console.log('start', fs.readFileSync(out, 'utf8'), ws.bytesWritten, ws.pos); next(); });
});
steps.push((next) => {
  // A custom fs: the stream uses its open/read/write/close, not the real ones.
  const calls = [];
  const custom = {
    open(p, flags, mode, cb) { calls.push(`open ${path.basename(p)} ${flags}`); fs.open(p, flags, mode, cb); },
    read(fd, buf, off, len, pos, cb) { calls.push(`read ${len} ${pos}`); fs.read(fd, buf, off, len, pos, cb); },
    write(fd, buf, off, len, pos, cb) { calls.push(`write ${len} ${pos}`); fs.write(fd, buf, off, len, pos, cb); },
    close(fd, cb) { calls.push('close'); fs.close(fd, cb); },
  };
  const out = path.join(dir, 'custom.bin');
  const ws = fs.createWriteStream(out, { fs: custom });
  ws.end('custom data', () => {
    const rs = fs.createReadStream(out, { fs: custom, highWaterMark: 5, start: 2 });
    const got = [];
    rs.on('data', (c) => got.push(c.toString()));
    rs.on('close', () => {
      console.log('custom', calls, got);
      calls.length = 0;
      const rs2 = fs.createReadStream(out, { fs: custom, highWaterMark: 100 });
      rs2.resume();
      rs2.on('close', () => { console.log('custom', calls); next(); });
    });
  });
});
run(0);
