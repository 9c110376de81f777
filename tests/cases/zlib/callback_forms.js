// The callback forms run a stream over the input as node's zlibBuffer: chunk type errors come
// from the stream's end() (null/undefined give empty input), options.info gives the closed engine,
// maxOutputLength is checked as data arrives.
// (node's thread pool finishes the jobs in varying order: the callbacks' lines are printed sorted.)
const zlib = require('zlib');
const done = [];
process.on('exit', () => console.log(done.sort().join('\n')));
for (const v of [42, null, undefined, {}, new ArrayBuffer(2), new Float32Array(2), 'str']) {
  try { zlib.deflate(v, (e, r) => done.push(['cb', typeof v, e && e.code, r && r.length].join(' '))); console.log('ok', typeof v); } catch (e) { console.log('throw', typeof v, e.code, e.message); }
}
try { zlib.deflate(42, { level: 99 }, () => {}); } catch (e) { console.log('both', e.code); }
try { zlib.deflateSync(42, { level: 99 }); } catch (e) { console.log('both sync', e.code); }
zlib.gzip('abc', { info: true }, (e, r) => done.push(['info', Object.keys(r), r.engine.constructor.name, r.engine._closed, r.engine.bytesWritten].join(' ')));
zlib.inflate(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 100 }, (e) => done.push(['max', e.code, e.message].join(' ')));
