// finished()/stream.promises.finished options (error, readable, writable, signal, cleanup), pipeline end:false, already finished/destroyed streams, emitClose false.
const { Readable, Writable, Duplex, PassThrough, finished, pipeline } = require('stream');
const sp = require('stream/promises');
const log = (...a) => console.log(...a);
const E = (e) => e ? `${e.name}|${e.code}|${e.message}` : e;
(async () => {
  { const r = new Readable({ read() {} }); finished(r, { error: false }, (e) => log('error:false', E(e))); r.on('error', () => {}); r.emit('error', new Error('x')); r.push(null); r.resume(); await new Promise((res) => setTimeout(res, 5)); }
  { const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } }); finished(d, { readable: false }, (e) => log('readable:false', E(e), d.writableFinished)); d.end(); await new Promise((res) => setTimeout(res, 5)); }
  { const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } }); finished(d, { writable: false }, (e) => log('writable:false', E(e))); d.push(null); d.resume(); await new Promise((res) => setTimeout(res, 5)); }
  { const ac = new AbortController(); const r = new Readable({ read() {} }); finished(r, { signal: ac.signal }, (e) => log('signal', E(e), E(e && e.cause))); ac.abort(new Error('why')); await new Promise((res) => setTimeout(res, 5)); }
  { const r = new Readable({ read() {} }); try { finished(r, { signal: 1 }, () => {}); } catch (e) { log(E(e)); } }
  { const p = new PassThrough(); const prom = sp.finished(p, { readable: false }); p.end('x'); await prom; log('sp readable:false ok'); }
  { const r = Readable.from(['a']); const w = new PassThrough(); await sp.pipeline(r, w, { end: false }); log('end false', w.writableEnded); }
  { const r = new Readable({ read() {} }); const ac = new AbortController(); const p = sp.finished(r, { signal: ac.signal }); ac.abort(); try { await p; } catch (e) { log('sp abort', E(e)); } }
  { try { await sp.finished(new PassThrough(), { cleanup: 'yes' }); } catch (e) { log(E(e)); } }
  { const r = Readable.from([]); r.resume(); await sp.finished(r); log('cleanup default listeners', r.listenerCount('end'), r.listenerCount('close')); }
  { const w = new Writable({ write(c, e, cb) { cb(); } }); const prom = sp.finished(w); w.destroy(new Error('wd')); try { await prom; } catch (e) { log('wd', E(e)); } }
  { const s = new PassThrough(); s.end(); s.resume(); await new Promise((r) => setTimeout(r, 5)); finished(s, (e) => log('already finished', E(e))); await new Promise((res) => setTimeout(res, 5)); }
  { const s = new PassThrough(); s.destroy(); await new Promise((r) => setTimeout(r, 5)); finished(s, (e) => log('already destroyed', E(e))); await new Promise((res) => setTimeout(res, 5)); }
  { const s = new PassThrough({ emitClose: false }); s.end(); s.resume(); finished(s, (e) => log('emitClose false', E(e))); await new Promise((res) => setTimeout(res, 5)); }
})();
