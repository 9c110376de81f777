// zlib streams end to end: truncated and empty input errors (an empty Unzip is Z_BUF_ERROR, an
// empty Inflate ends), write after end, promisify, pipeline, async iteration, bytesWritten, close,
// destroy, reset, setEncoding and levels.
const zlib = require('zlib'); const util = require('util'); const { pipeline, Readable, Writable } = require('stream');
const steps = [];
const step = (l, f) => steps.push([l, f]);
step('truncated stream', () => new Promise((res) => { const s = zlib.createGunzip(); s.on('error', (e) => { console.log('err', e.code, e.errno, e.message); res(); }); s.on('end', () => { console.log('end?'); res(); }); s.resume(); const g = zlib.gzipSync('hello world hello world'); s.end(g.subarray(0, 12)); }));
step('empty stream unzip', () => new Promise((res) => { const s = zlib.createUnzip(); s.on('error', (e) => { console.log('err', e.code, e.message); res(); }); s.on('end', () => { console.log('end empty'); res(); }); s.resume(); s.end(); }));
step('empty stream inflate', () => new Promise((res) => { const s = zlib.createInflate(); s.on('error', (e) => { console.log('err', e.code, e.message); res(); }); s.on('end', () => { console.log('end empty'); res(); }); s.resume(); s.end(); }));
step('write after end', () => new Promise((res) => { const s = zlib.createGzip(); s.on('error', (e) => { console.log('err', e.code, e.message); res(); }); s.end('a'); s.write('b'); s.resume(); }));
step('promisify', async () => { const b = await util.promisify(zlib.gzip)('abc'); console.log((await util.promisify(zlib.gunzip)(b)).toString()); });
step('promisify err', async () => { try { await util.promisify(zlib.inflate)(Buffer.from('garbage')); } catch (e) { console.log('rej', e.code, e.message); } });
step('pipeline', () => new Promise((res) => { const out = []; pipeline(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), zlib.createDeflate(), zlib.createInflate(), new Writable({ write(c, e, cb) { out.push(c); cb(); } }), (err) => { console.log('pipeline', err, Buffer.concat(out).toString()); res(); }); }));
step('async iter', async () => { const s = zlib.createGunzip(); s.end(zlib.gzipSync('iter')); let r = ''; for await (const c of s) r += c; console.log('iter', r); });
step('bytesWritten', () => new Promise((res) => { const s = zlib.createDeflate(); s.on('data', () => {}); s.on('end', () => { console.log('bytesWritten', s.bytesWritten); res(); }); s.write('abc'); s.end('de'); }));
step('close cb', () => new Promise((res) => { const s = zlib.createDeflate(); s.close(() => { console.log('closed', s._closed, s.destroyed); res(); }); }));
step('destroy mid', () => new Promise((res) => { const s = zlib.createInflate(); s.on('close', () => { console.log('close after destroy', s._handle); res(); }); s.write(zlib.deflateSync('x').subarray(0, 3)); s.destroy(); }));
step('reset', () => { const s = zlib.createDeflate(); console.log('reset', typeof s.reset(), s._handle !== null); });
step('setEncoding', () => new Promise((res) => { const s = zlib.createInflate(); s.setEncoding('utf8'); s.on('data', (d) => { console.log('str', typeof d, d); res(); }); s.end(zlib.deflateSync('héllo')); }));
step('inflateRaw garbage stream', () => new Promise((res) => { const s = zlib.createInflateRaw(); s.on('error', (e) => { console.log('raw err', e.code, e.errno); res(); }); s.end(Buffer.from([0xff, 0xff, 0xff])); }));
step('deflate stream roundtrip levels', async () => { for (const level of [0, 1, 9]) { const s = zlib.createDeflate({ level }); const parts = []; s.on('data', (c) => parts.push(c)); await new Promise((r) => { s.on('end', r); s.end(Buffer.alloc(1000, 'z')); }); console.log('level', level, zlib.inflateSync(Buffer.concat(parts)).length, level === 0 ? Buffer.concat(parts).length : ''); } });
(async () => { for (const [l, f] of steps) { console.log('--', l); await f(); } })();
