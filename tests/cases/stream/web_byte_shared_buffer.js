// Byte streams refuse SharedArrayBuffer-backed views (enqueue, a BYOB read, respondWithNewView)
// with the TypeError of ArrayBuffer.prototype.byteLength's getter, as node's primordial (rjs took
// them and could not detach them).
'use strict';
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, 'ERR', e.name, e.code); } };
let c; new ReadableStream({ type: 'bytes', start(ctl) { c = ctl; } });
t('sab enqueue', () => { const u = new Uint8Array(new SharedArrayBuffer(4)); c.enqueue(u); return u.byteLength; });
new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(new SharedArrayBuffer(4))).then((r) => console.log('byob sab', r), (e) => console.log('byob sab ERR', e.name, e.code));
const rs = new ReadableStream({ type: 'bytes', pull(ctl) { try { ctl.byobRequest.respondWithNewView(new Uint8Array(new SharedArrayBuffer(4))); } catch (e) { console.log('rwnv sab ERR', e.name, e.code); ctl.close(); ctl.byobRequest.respond(0); } } });
rs.getReader({ mode: 'byob' }).read(new Uint8Array(4)).then((r) => console.log('after', r.done));
