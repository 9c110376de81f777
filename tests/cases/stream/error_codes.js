// Error events of streams: codes, names, messages and own keys (write after end, multiple callbacks, cannot pipe, premature close, unshift after end, sync throws in _write/_read/_destroy, finished/pipeline argument checks).
const { Readable, Writable, Duplex, Transform, PassThrough, Stream, pipeline, finished } = require('stream');
const log = (...a) => console.log(...a);
const E = (e) => e ? `${e.name}|${e.code}|${e.message}|${Object.keys(e).join(',')}|${e instanceof Error}|${String(e)}` : e;
const on = (s, tag) => s.on('error', (e) => log(tag, E(e)));
{ const w = new Writable({ write(c, e, cb) { cb(); } }); on(w, 'wae'); w.end(); w.write('x'); }
{ const w = new Writable({ write(c, e, cb) { cb(); cb(); } }); on(w, 'multi'); w.write('x'); }
{ const r = new Readable(); on(r, 'noread'); r.read(); }
{ const w = new Writable({ write(c, e, cb) { cb(); } }); on(w, 'cannotpipe'); w.pipe(new PassThrough()); }
{ const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } }); finished(d, (e) => log('premature', E(e))); d.destroy(); }
{ const r = new Readable({ read() {} }); r.push(null); r.resume(); r.on('end', () => { on(r, 'unshift'); r.unshift('x'); }); }
{ const t = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(); cb(); } }); on(t, 'flush2'); t.resume(); t.end('x'); }
{ const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(); cb(); } }); on(w, 'final2'); w.end(); }
{ try { new Readable({ objectMode: true }).setEncoding('x'); } catch (e) { log(E(e)); } }
{ const r = new Readable({ read() { return 5; } }); r.read(); log('read returns ok'); }
{ const w = new Writable({ write(c, e, cb) { throw new Error('sync throw'); } }); on(w, 'syncthrow'); try { w.write('x'); } catch (e) { log('thrown', e.message); } }
{ const r = new Readable({ read() { throw new Error('read throw'); } }); on(r, 'readthrow'); r.resume(); }
{ const r = new Readable({ destroy(e, cb) { throw new Error('destroy throw'); } }); on(r, 'dthrow'); try { r.destroy(); } catch (e) { log('thrown', e.message); } }
{ const s = new Stream(); try { s.pipe(new PassThrough()); log('legacy pipe ok'); } catch (e) { log(E(e)); } }
{ const r = new Readable({ read() {} }); try { r.pipe(null); } catch (e) { log('pipe null', e.name, e.message.slice(0, 40)); } }
{ try { pipeline([]); } catch (e) { log(E(e)); } }
{ try { finished(null, () => {}); } catch (e) { log(E(e)); } }
{ try { finished({}, () => {}); } catch (e) { log(E(e)); } }
