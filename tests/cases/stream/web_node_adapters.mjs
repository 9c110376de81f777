// node <-> web stream adapters (toWeb/fromWeb for Readable, Writable, Duplex): errors, cancel and abort in both directions, string chunks, encoding option, argument validation.
import { Readable, Writable, Duplex, PassThrough, finished } from 'stream';
import { ReadableStream, WritableStream, TransformStream } from 'stream/web';
const log = console.log;
const E = (e) => e ? `${e.name}|${e.code}|${e.message}` : e;
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));
// destroy node readable -> web readable errors
{ const r = new Readable({ read() {} }); const w = Readable.toWeb(r); const rd = w.getReader(); const p = rd.read().catch((e) => log('toWeb destroyed', E(e))); r.destroy(new Error('nd')); await p; }
{ const r = new Readable({ read() {} }); const w = Readable.toWeb(r); const rd = w.getReader(); const p = rd.read().then((v) => log('toWeb destroyed noerr', v), (e) => log('toWeb destroyed noerr rej', E(e))); r.destroy(); await p; }
// cancel web -> node destroyed
{ const r = new Readable({ read() {} }); const w = Readable.toWeb(r); r.on('close', () => log('node closed after cancel', r.destroyed, E(r.errored))); await w.cancel('because'); await tick(); }
// fromWeb: web errors -> node error
{ const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.error(new Error('we')); } }); const r = Readable.fromWeb(rs, { objectMode: true }); r.on('data', (d) => log('fw data', d)); r.on('error', (e) => log('fw error', E(e))); await tick(); }
// fromWeb destroy -> web cancel
{ const rs = new ReadableStream({ pull(c) { c.enqueue('x'); }, cancel(reason) { log('web cancelled', E(reason)); } }); const r = Readable.fromWeb(rs, { objectMode: true }); r.once('data', () => r.destroy()); await tick(); }
// Writable.fromWeb: web write error -> node error
{ const ws = new WritableStream({ write() { throw new Error('wwe'); } }); const w = Writable.fromWeb(ws); w.on('error', (e) => log('wfw error', E(e))); w.write('x'); await tick(); }
// Writable.toWeb: node error -> web writer rejects
{ const nw = new Writable({ write(c, e, cb) { cb(new Error('nwe')); } }); const ws = Writable.toWeb(nw); const wr = ws.getWriter(); await wr.write(new Uint8Array([1])).catch((e) => log('toWeb write rej', E(e))); await wr.closed.catch((e) => log('toWeb closed rej', E(e))); }
// toWeb writer abort -> node destroyed
{ const nw = new Writable({ write(c, e, cb) { cb(); } }); const ws = Writable.toWeb(nw); await ws.abort(new Error('ab')); await tick(); log('abort ->', nw.destroyed, E(nw.errored)); }
// Writable.toWeb string chunk
{ const out = []; const nw = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } }); const wr = Writable.toWeb(nw).getWriter(); await wr.write('str'); await wr.close(); log('toWeb str', out); }
// Duplex.toWeb / fromWeb with TransformStream
{ const d = Duplex.fromWeb(new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } }), { objectMode: true }); d.end('abc'); const o = []; for await (const x of d) o.push(x); log('duplex fromWeb ts', o); }
// finished on toWeb stream
{ const r = Readable.from(['a']); const w = Readable.toWeb(r); finished(w, (e) => log('finished web', e)); for await (const x of w) {} await tick(); }
// Readable.fromWeb invalid
try { Readable.fromWeb({}); } catch (e) { log(E(e)); }
try { Writable.fromWeb({}); } catch (e) { log(E(e)); }
try { Readable.toWeb({}); } catch (e) { log(E(e)); }
try { Readable.fromWeb(new ReadableStream(), 1); } catch (e) { log(E(e)); }
{ const rs = new ReadableStream(); rs.getReader(); try { Readable.fromWeb(rs); } catch (e) { log(E(e)); } }
// Readable.fromWeb encoding option
{ const r = Readable.fromWeb(ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac])]), { encoding: 'utf8' }); const o = []; for await (const x of r) o.push(x); log('enc', o); }
