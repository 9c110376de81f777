'use strict';
const assert = require('assert');
const util = require('util');
const log = console.log;
const show = (label, f) => {
  try { f(); log(label, 'no throw'); } catch (e) {
    log(`${label} ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    log(e.message);
  }
};
class MyErr extends Error {}
const thrower = (v) => () => { throw v; };
const err = new TypeError('type bad');
err.code = 'E_CODE';
err.extra = { deep: [1, 2] };
const validators = [
  undefined, TypeError, Error, RangeError, MyErr, /type/, /nomatch/, { message: 'type bad' }, { message: 'other' },
  { name: 'TypeError', code: 'E_CODE' }, { code: 'WRONG' }, { message: /bad/ }, { message: /zzz/ }, { extra: { deep: [1, 2] } },
  { extra: { deep: [1, 3] } }, { nope: undefined }, new TypeError('type bad'), new TypeError('other'),
  (e) => e instanceof TypeError, (e) => false, (e) => 'truthy', 'a message string', 1, null, Symbol('s'), [],
];
validators.forEach((v, i) => {
  show(`throws#${i}`, () => assert.throws(thrower(err), v));
  show(`throws-msg#${i}`, () => assert.throws(thrower(err), v, 'custom msg'));
  show(`doesNotThrow#${i}`, () => assert.doesNotThrow(thrower(err), v));
});
show('throws none', () => assert.throws(() => {}));
show('throws none msg', () => assert.throws(() => {}, 'expected msg'));
show('throws none class', () => assert.throws(() => {}, TypeError));
show('throws none class msg', () => assert.throws(() => {}, TypeError, 'msg'));
show('throws none obj', () => assert.throws(() => {}, { message: 'x' }));
show('throws not fn', () => assert.throws(1));
show('throws same msg', () => assert.throws(thrower(err), 'type bad'));
show('throws primitive', () => assert.throws(thrower('str'), /str/));
show('throws primitive obj', () => assert.throws(thrower('str'), { message: 'str' }));
show('throws null obj', () => assert.throws(thrower(null), { message: 'x' }));
show('doesNotThrow msg', () => assert.doesNotThrow(thrower(err), 'my msg'));
show('doesNotThrow ok', () => assert.doesNotThrow(() => 1));
show('doesNotThrow non-error', () => assert.doesNotThrow(thrower(42)));
show('doesNotThrow class mismatch', () => assert.doesNotThrow(thrower(err), RangeError));
show('throws arrow validate', () => assert.throws(thrower(err), () => true));
show('throws empty obj', () => assert.throws(thrower(err), {}));
show('throws regexp obj', () => assert.throws(thrower(err), { message: /type/, name: /Type/ }));
show('throws error instance name', () => assert.throws(thrower(new RangeError('type bad')), new TypeError('type bad')));
(async () => {
  const tries = [
    ['rejects ok', () => assert.rejects(Promise.reject(err), TypeError)],
    ['rejects fn', () => assert.rejects(() => Promise.reject(err), /type/)],
    ['rejects none', () => assert.rejects(Promise.resolve(1))],
    ['rejects none msg', () => assert.rejects(Promise.resolve(1), 'msg')],
    ['rejects none class', () => assert.rejects(Promise.resolve(1), TypeError)],
    ['rejects wrong', () => assert.rejects(Promise.reject(err), RangeError)],
    ['rejects wrong obj', () => assert.rejects(Promise.reject(err), { message: 'nope' })],
    ['rejects bad fn return', () => assert.rejects(() => 1)],
    ['rejects bad arg', () => assert.rejects(1)],
    ['rejects fn throws', () => assert.rejects(() => { throw err; })],
    ['rejects validation fn', () => assert.rejects(Promise.reject(err), () => false)],
    ['doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1))],
    ['doesNotReject fail', () => assert.doesNotReject(Promise.reject(err))],
    ['doesNotReject msg', () => assert.doesNotReject(Promise.reject(err), 'mm')],
    ['doesNotReject fn', () => assert.doesNotReject(() => Promise.reject(new Error('q')))],
    ['doesNotReject bad', () => assert.doesNotReject(() => 5)],
    ['doesNotReject thenable', () => assert.doesNotReject({ then(r) { r(); } })],
  ];
  for (const [label, f] of tries) {
    try { const p = f(); log(label, 'returned', typeof p.then); await p; log(label, 'resolved'); } catch (e) {
      log(`${label} ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
      log(e.message);
    }
  }
})();
// doesNotThrow's "Actual message" is `actual && actual.message`, as node's.
for (const v of [null, 0, '', false, undefined, { message: 'om' }]) {
  try { assert.doesNotThrow(() => { throw v; }); } catch (e) { console.log(JSON.stringify(e.message)); }
}
