// A bound async or generator function is a plain function to util.types and util.inspect (its
// prototype still names the kind: node prints "[Function: bound f] AsyncFunction").
const util = require('util');
const b = async function named() {}.bind(null);
console.log(JSON.stringify(Function.prototype.toString.call(b)), util.types.isAsyncFunction(b), util.types.isGeneratorFunction(function* () {}.bind(null)));
class K { static async m() {} static *g() {} async *ag() {} }
console.log(Function.prototype.toString.call(K.m), util.types.isAsyncFunction(K.m), util.types.isGeneratorFunction(K.g), util.types.isAsyncFunction(K.prototype.ag), util.types.isGeneratorFunction(K.prototype.ag));
const AF = Object.getPrototypeOf(async function () {}).constructor;
const f = new AF("a", "return a"); console.log(util.types.isAsyncFunction(f));
console.log(util.inspect(f), util.inspect(b), util.inspect(function* () {}.bind(null)));
