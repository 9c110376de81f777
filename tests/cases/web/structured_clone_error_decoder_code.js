// structuredClone of an error gives a real error of its kind (isNativeError, deep-equal to the original); an
// unsupported TextDecoder encoding throws ERR_ENCODING_NOT_SUPPORTED with the code in its name line, uncaught as well.
const util = require('util');
const assert = require('assert');
for (const e of [new TypeError('x'), new RangeError('r', { cause: 'c' }), new Error('plain'), Object.assign(new SyntaxError('s'), { extra: 1 })]) {
  const c = structuredClone(e);
  console.log(util.types.isNativeError(c), Object.prototype.toString.call(c), c instanceof e.constructor, c.name, c.message,
    'cause' in c ? c.cause : '-', Object.keys(c).join(), c.stack === e.stack, util.isDeepStrictEqual(e, c));
}
const e = new TypeError('x'); assert.deepStrictEqual(e, structuredClone(e)); console.log('deepStrictEqual ok');
try { new TextDecoder('nope'); } catch (err) { console.log(err.name, err.code, err.message, err.stack.split('\n')[0], Object.keys(err).join()); }
new TextDecoder('nope');
