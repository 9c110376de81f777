// process.binding() modules that packages probe at load (process-on-spawn: spawn_sync;
// handle-thing/http-deceiver via spdy: stream_wrap, http_parser with DEP0111; uv; config).
process.on('warning', (w) => console.log('warning', w.code, w.message));
const sw = process.binding('stream_wrap');
console.log(sw.kReadBytesOrError, sw.streamBaseState.constructor.name, sw.streamBaseState.length, typeof sw.kBytesWritten, typeof sw.WriteWrap);
const hp = process.binding('http_parser');
console.log(typeof hp.HTTPParser, hp.methods.includes('GET'), hp.methods.length, hp.HTTPParser.kOnHeaders, hp.HTTPParser.kOnHeadersComplete, hp.HTTPParser.kOnBody, hp.HTTPParser.kOnMessageComplete, hp.HTTPParser.REQUEST);
const ss = process.binding('spawn_sync');
console.log(typeof ss, typeof ss.spawn);
const uv = process.binding('uv');
console.log(uv.errname(-2), uv.UV_ENOENT, uv.UV_EADDRINUSE, uv.UV_EOF);
const c = process.binding('config');
console.log(typeof c.hasIntl, c.bits, c.isDebugBuild);
try { process.binding('nope'); } catch (e) { console.log(e.message); }
