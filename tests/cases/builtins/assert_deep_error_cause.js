'use strict';
// Deep equality of errors as node 20.20: message/name/cause/errors must agree in enumerability,
// and a non-enumerable cause or errors list is compared too. Failure messages show errors
// without their cause (node copies only enumerable properties and the message). DataViews
// compare by their bytes.
const assert = require('assert');
const util = require('util');
const e = (m, o) => new Error(m, o);
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
const strict = util.isDeepStrictEqual;
console.log('cause', strict(e('a', { cause: 1 }), e('a', { cause: 2 })), strict(e('a', { cause: { x: 1 } }), e('a', { cause: { x: 1 } })),
  loose(e('a', { cause: 1 }), e('a', { cause: '1' })), strict(e('a', { cause: undefined }), e('a')), strict(e('a', { cause: 1 }), e('a')));
const assigned = e('a'); assigned.cause = 5;
console.log('enumerable cause', strict(assigned, e('a', { cause: 5 })), strict(assigned, Object.assign(e('a'), { cause: 5 })));
const enumMessage = e('a'); Object.defineProperty(enumMessage, 'message', { enumerable: true });
console.log('enumerable message', strict(enumMessage, e('a')), loose(enumMessage, e('a')));
console.log('errors', strict(new AggregateError([1], 'm'), new AggregateError([2], 'm')), strict(new AggregateError([{ a: 1 }], 'm'), new AggregateError([{ a: 1 }], 'm')),
  loose(new AggregateError([1], 'm'), new AggregateError(['1'], 'm')));
const view = (...bytes) => new DataView(new Uint8Array(bytes).buffer);
console.log('DataView', strict(view(1), view(2)), strict(view(1, 2), view(1, 2)), loose(view(1), view(2)), strict(view(1), view(1, 0)));
for (const f of [
  () => assert.deepStrictEqual(e('a', { cause: 1 }), e('a', { cause: 2 })),
  () => assert.strictEqual(e('a', { cause: 1 }), e('a', { cause: 2 })),
  () => assert.notDeepStrictEqual(e('a', { cause: 1 }), e('a', { cause: 1 })),
  () => assert.deepStrictEqual(e('a', { cause: 1 }), e('b')),
  () => assert.deepStrictEqual(new AggregateError([1], 'm'), new AggregateError([2], 'm')),
]) {
  try { f(); } catch (err) { console.log(JSON.stringify(err.message)); }
}
