// The global object is tagged 'global' as node's; a lone surrogate written to stdout becomes
// U+FFFD; _http_common's header checks exist.
console.log(Object.prototype.toString.call(globalThis), Object.getOwnPropertyDescriptor(globalThis, Symbol.toStringTag));
process.stdout.write('lone \ud800 surrogate\n');
console.log('log \udc00 too');
const c = require('_http_common');
console.log(c._checkIsHttpToken('a b'), c._checkIsHttpToken('ab'), c._checkInvalidHeaderChar('a\x00'), c._checkInvalidHeaderChar('ok'));
