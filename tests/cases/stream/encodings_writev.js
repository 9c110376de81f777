// Encodings: setEncoding with read(n) counting characters, decodeStrings on/off, default encoding, writev chunk lists, highWaterMark 0, Duplex option mixing, Transform push order, unshift parser pattern.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
// setEncoding + read(n) counts characters
{ const r = new Readable({ read() {} }); r.setEncoding('utf8'); r.push('héllo wörld'); log(JSON.stringify(r.read(3)), JSON.stringify(r.read(2)), r.readableLength); }
{ const r = new Readable({ read() {} }); r.setEncoding('hex'); r.push(Buffer.from('abcdef')); log(r.read(4), r.readableLength, r.read(100), r.read()); r.push(null); log(r.read()); }
{ const r = new Readable({ read() {}, encoding: 'base64' }); r.push('ab'); r.push('c'); r.push(null); log(r.read()); }
{ const r = new Readable({ read() {} }); r.push('abc'); r.setEncoding('utf16le'); r.push(Buffer.from('d')); log(JSON.stringify(r.read())); }
// decodeStrings & encodings passed to _write
{ const w = new Writable({ write(c, e, cb) { log('w', Buffer.isBuffer(c) ? 'buf:' + c.toString('hex') : 'str:' + c, e); cb(); } });
  w.write('hi', 'base64'); w.write('ff', 'hex'); w.write(new Uint8Array([1, 2])); w.write('x', 'latin1'); w.setDefaultEncoding('hex'); w.write('0a'); w.end(); }
{ const w = new Writable({ decodeStrings: false, write(c, e, cb) { log('nd', typeof c, c, e); cb(); } }); w.write('hi', 'base64'); w.write(Buffer.from('z')); w.end(); }
{ const w = new Writable({ objectMode: true, write(c, e, cb) { log('obj', c, e); cb(); } }); w.write({ a: 1 }); w.write('s', 'hex'); w.write(null === null ? 0 : 1); w.end(); }
{ try { new Writable({ objectMode: true }).write(null); } catch (e) { log(e.code, e.message); } }
{ try { new Writable().write(undefined); } catch (e) { log(e.code, e.message); } }
{ try { new Writable().write({}); } catch (e) { log(e.code, e.message); } }
{ try { new Writable().write('x', 'bogus'); } catch (e) { log(e.code, e.message); } }
{ const w = new Writable({ write(c, e, cb) { cb(); } }); log(w.write(''), w.writableLength); w.end(); }
// writev chunks & allBuffers
{ const w = new Writable({ writev(chunks, cb) { log('writev', chunks.map((c) => [typeof c.chunk, c.encoding]), chunks.allBuffers); cb(); } }); w.cork(); w.write('a'); w.write(Buffer.from('b')); w.write('c', 'hex'); w.uncork(); w.end(); }
{ const w = new Writable({ decodeStrings: false, writev(chunks, cb) { log('writev2', chunks.map((c) => [c.chunk, c.encoding]), chunks.allBuffers); cb(); } }); w.cork(); w.write('a'); w.write('b', 'latin1'); process.nextTick(() => w.uncork()); }
// writableBuffer / getBuffer
{ const w = new Writable({ write(c, e, cb) { setImmediate(cb); } }); w.write('a'); w.write('b'); w.write('c'); log(w.writableBuffer.length, w.writableLength, typeof w._writableState.getBuffer); }
// highWaterMark 0 & readable read(0)
{ let calls = 0; const r = new Readable({ highWaterMark: 0, read() { calls++; this.push('x'); this.push(null); } }); r.on('data', (d) => log('hwm0 data', String(d))); r.on('end', () => log('hwm0 end', calls)); }
// objectMode highWaterMark defaults & Duplex options
{ const d = new Duplex({ objectMode: true }); log(d.readableHighWaterMark, d.writableHighWaterMark); const d2 = new Duplex({ highWaterMark: 5, readableHighWaterMark: 7 }); log(d2.readableHighWaterMark, d2.writableHighWaterMark); const d3 = new Duplex({ writableObjectMode: true, writableHighWaterMark: 3 }); log(d3.writableHighWaterMark, d3.readableHighWaterMark, d3.writableObjectMode); }
// Transform with objectMode and callback with data + push order
{ const t = new Transform({ objectMode: true, transform(c, e, cb) { this.push(c + 'a'); cb(null, c + 'b'); } }); const o = []; t.on('data', (d) => o.push(d)); t.on('end', () => log('tr', o)); t.write('1'); t.write('2'); t.end(); }
// Transform final + flush order
{ const ev = []; const t = new Transform({ transform(c, e, cb) { ev.push('t'); cb(); }, final(cb) { ev.push('final'); cb(); }, flush(cb) { ev.push('flush'); cb(); } }); t.on('prefinish', () => ev.push('prefinish')); t.on('finish', () => ev.push('finish')); t.on('end', () => { ev.push('end'); log(ev); }); t.resume(); t.end('x'); }
// readable unshift in readable handler (parser pattern)
{ const r = new Readable({ read() {} }); r.push('header\nbody'); r.push(null); r.once('readable', () => { const c = r.read(); const s = String(c); const i = s.indexOf('\n'); log('hdr', s.slice(0, i)); r.unshift(Buffer.from(s.slice(i + 1))); r.on('data', (d) => log('rest', String(d))); }); }
// read() returns null when ended + 'end' once
{ const r = new Readable({ read() {} }); r.push(null); let ends = 0; r.on('end', () => ends++); r.read(); r.read(); setTimeout(() => log('ends', ends, r.read()), 2); }
// pause while flowing stops data
{ const r = new Readable({ read() {} }); const got = []; r.on('data', (d) => { got.push(String(d)); r.pause(); setTimeout(() => r.resume(), 1); }); r.push('a'); r.push('b'); r.push('c'); r.push(null); r.on('end', () => log('paused order', got)); }
