// util.format's %s calls String() on objects whose toString is not the engine's own (Buffer,
// URL, class instances, own toString) and inspects the rest (Date, arrays, plain objects).
const util = require('util');
console.log(util.format('%s|%s|%s', Buffer.from('xyz'), new URL('http://a/b?c=1'), { toString() { return 'own'; } }));
class P { toString() { return 'P!'; } }
console.log(util.format('%s %s %s %s', new P(), [1, 2], new Date(0), { a: 1 }));
console.log(util.format('%s', new URLSearchParams('a=1&b=2')), util.format('%s', new Error('e').message));
