// Option and argument checks of node 20: read(n) limits and coercion, highWaterMark validation,
// default highWaterMark setters, setEncoding/setDefaultEncoding, a writable's defaultEncoding option.
const s = require('stream'); const { Readable, Writable } = s;
const E = (e) => e ? `${e.name}|${e.code}|${e.message}` : e;
const t = (f) => { try { const v = f(); console.log('ok', typeof v === 'object' && v ? (v.constructor && v.constructor.name) : v); } catch (e) { console.log(E(e)); } };
t(() => { const r = new Readable({ read() {} }); r.push('abcdef'); return String(r.read('3')); });
t(() => { const r = new Readable({ read() {} }); r.push('abcdef'); return String(r.read(2.7)); });
t(() => new Readable({ read() {} }).read(2 ** 31));
t(() => new Readable({ read() {} }).read(0x40000001));
t(() => new Readable({ highWaterMark: 1.5 }).readableHighWaterMark);
t(() => new Writable({ highWaterMark: 2.5 }).writableHighWaterMark);
t(() => new Readable({ highWaterMark: 2 ** 40 }).readableHighWaterMark);
t(() => s.setDefaultHighWaterMark(false, -1));
t(() => s.setDefaultHighWaterMark('x', 5));
t(() => { s.setDefaultHighWaterMark(false, 100); const v = [new Readable().readableHighWaterMark, new Writable().writableHighWaterMark, s.getDefaultHighWaterMark(false)]; s.setDefaultHighWaterMark(false, 65536); return v.join(); });
t(() => s.getDefaultHighWaterMark());
t(() => new Readable({ highWaterMark: null }).readableHighWaterMark);
t(() => new Readable({ highWaterMark: undefined, objectMode: true }).readableHighWaterMark);
t(() => new Readable({ readableHighWaterMark: 5 }).readableHighWaterMark);
t(() => new s.Duplex({ readableHighWaterMark: 5, writableHighWaterMark: 7, highWaterMark: 9 }).readableHighWaterMark);
t(() => { const r = new Readable({ read() {} }); return r.push('x', 'bogus'); });
t(() => new Readable({ encoding: null }).readableEncoding);
t(() => { const r = new Readable(); r.setEncoding(null); return r.readableEncoding; });
t(() => { const r = new Readable(); r.setEncoding(); return r.readableEncoding; });
t(() => { const r = new Readable(); r.setEncoding('UTF-8'); return r.readableEncoding; });
t(() => { const w = new Writable(); w.setDefaultEncoding(null); return w._writableState.defaultEncoding; });
t(() => new Writable({ defaultEncoding: 'bogus' }));
t(() => new Readable({ defaultEncoding: 'UTF16LE' })._readableState.defaultEncoding);
t(() => new Readable({ objectMode: 1 }).readableObjectMode);
for (const e of ['', 0, false, 'HEX', 'buffer']) { try { console.log(JSON.stringify(e), new Writable({defaultEncoding: e})._writableState.defaultEncoding) } catch (x) { console.log(JSON.stringify(e), x.message) } }
