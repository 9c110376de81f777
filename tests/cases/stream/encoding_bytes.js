// Byte streams: setEncoding with multi-byte characters split across chunks, read(n) slicing,
// concatenation in read(), decodeStrings:false, defaultEncoding, and hwm in bytes.
const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setImmediate(r));

async function main() {
  {
    const bytes = Buffer.from('héllo wörld €uro 😀!');
    const r = new Readable({ read() {} });
    r.setEncoding('utf8');
    log('encoding', r.readableEncoding);
    for (let i = 0; i < bytes.length; i += 3) r.push(bytes.subarray(i, i + 3));
    r.push(null);
    const got = [];
    r.on('data', (d) => got.push(d));
    await new Promise((res) => r.on('end', res));
    log(JSON.stringify(got), got.join('') === 'héllo wörld €uro 😀!');
  }
  {
    const r = new Readable({ read() {} });
    r.push(Buffer.from([0xe2, 0x82]));
    r.setEncoding('utf8');
    r.push(Buffer.from([0xac, 0x41]));
    log('late setEncoding', JSON.stringify(r.read()));
    const r2 = new Readable({ read() {}, encoding: 'hex' });
    r2.push('ab');
    r2.push(Buffer.from([1, 2, 255]));
    log('hex', r2.read(), r2.readableEncoding);
    const r3 = new Readable({ read() {}, encoding: 'base64' });
    r3.push(Buffer.from('hello'));
    r3.push(null);
    log('base64', r3.read());
  }
  {
    const r = new Readable({ read() {} });
    r.push('abcdef'); r.push('ghij'); r.push(Buffer.from('klm'));
    log('len', r.readableLength);
    log(r.read(2).toString(), r.read(5).toString(), r.readableLength, r.read(10), r.read().toString());
    r.push('xyz');
    r.push(null);
    log(r.read(10).toString(), r.read());
    const s = new Readable({ read() {}, encoding: 'utf8' });
    s.push('abc'); s.push('defg');
    log(s.read(2), s.read(4), s.read(1), s.readableLength);
  }
  {
    const seen = [];
    const w = new Writable({
      decodeStrings: false, defaultEncoding: 'latin1',
      write(chunk, enc, cb) { seen.push([typeof chunk, enc, String(chunk)]); cb(); },
    });
    w.write('abc');
    w.write('616263', 'hex');
    w.write(Buffer.from('buf'));
    w.write(new Uint8Array([65, 66]));
    w.setDefaultEncoding('UTF8');
    w.write('u');
    log(JSON.stringify(seen));
    const w2 = new Writable({ highWaterMark: 5, write(chunk, enc, cb) { log('w2', chunk, enc); setImmediate(cb); } });
    log(w2.write('abc'), w2.writableLength, w2.write('de'), w2.writableLength, w2.writableNeedDrain);
    w2.write('ff', 'hex');
    await new Promise((res) => w2.once('drain', res));
    log('drained', w2.writableLength);
  }
  {
    const r = new Readable({ read() {} });
    log(r.push(Buffer.alloc(10000)), r.push(Buffer.alloc(6384)), r.push(Buffer.alloc(1)), r.readableLength);
    r.read(20000);
    log('hwm grew to', r.readableHighWaterMark);
    const empty = new Readable({ read() {} });
    log('push empty', empty.push(''), empty.push(Buffer.alloc(0)), empty.readableLength);
  }
  {
    const pt = new PassThrough();
    pt.setEncoding('utf16le');
    pt.write(Buffer.from([0x61, 0x00, 0x3d]));
    pt.end(Buffer.from([0xd8, 0x00, 0xde]));
    let out = '';
    pt.on('data', (d) => { out += d; });
    pt.on('end', () => log('utf16le', JSON.stringify(out), out.length));
    await tick();
  }
}
main();
