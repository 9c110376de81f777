// Before any stream use, a Hash/Cipher already answers node's stream members (they are
// inherited from LazyTransform there): writable/readable state, emit, stream flags; written
// strings reach the transform with their encoding (decodeStrings is false, as node's).
const crypto = require('crypto');
const h = crypto.createHash('sha1');
console.log(typeof h.emit, typeof h.listenerCount, typeof h.removeListener, typeof h.cork, typeof h.writable, h.writable, h.readable);
const c = crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16));
console.log(typeof c.emit, c.writableEnded, c.readableEnded, c.destroyed, c.writableHighWaterMark);
const h2 = crypto.createHash('sha1');
console.log('decodeStrings', h2._writableState.decodeStrings, Object.keys(h2).includes('_readableState'));
h2.write('78', 'hex');
h2.end();
console.log('hex write', h2.read().toString('hex'));
const h3 = crypto.createHash('md5');
console.log('emit', h3.emit('custom', 1), h3.listenerCount('data'));
