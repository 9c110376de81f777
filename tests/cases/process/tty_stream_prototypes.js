// tty's stream prototypes as node 20's: ReadStream's isTTY/isRaw are set per instance, only
// WriteStream's isTTY is on the prototype.
const tty = require('tty');
console.log(Object.getOwnPropertyNames(tty.ReadStream.prototype).sort().join());
console.log(Object.getOwnPropertyNames(tty.WriteStream.prototype).sort().join());
console.log(tty.ReadStream.prototype.isTTY, tty.WriteStream.prototype.isTTY);
