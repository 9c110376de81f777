// The deprecated util.is* helpers as node 20 defines them (isError by the [object Error] tag or
// instanceof), and function lengths of util's main functions.
const util = require('util');
const cases = [[], {}, null, undefined, 1, '', Symbol('s'), () => {}, new Date(0), /x/, new Error('e'), Object.create(Error.prototype),
  { name: 'Error', message: 'x', [Symbol.toStringTag]: 'Error' }, Buffer.alloc(1), new Uint8Array(1), Object(1)];
for (const name of ['isArray', 'isBoolean', 'isBuffer', 'isDate', 'isError', 'isFunction', 'isNull', 'isNullOrUndefined', 'isNumber', 'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol', 'isUndefined']) {
  console.log(name, cases.map((c) => (util[name](c) ? 1 : 0)).join(''));
}
console.log([util.format.length, util.formatWithOptions.length, util.inspect.length, util.deprecate.length, util.inherits.length, util.isDeepStrictEqual.length, util.callbackify.length, util.promisify.length]);
