// The Buffer constructor's own properties in node's order (as util.inspect lists them), with
// node's kIsEncodingSymbol alias of isEncoding.
const util = require('util');
console.log(util.inspect(Buffer));
const sym = Object.getOwnPropertySymbols(Buffer)[0];
console.log(String(sym), Buffer[sym] === Buffer.isEncoding);
console.log(Reflect.ownKeys(Buffer).map(String).join(' '));
