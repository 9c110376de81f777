// fill, indexOf/lastIndexOf/includes, copy, compare, equals, concat, subarray, swap, write.
const show = (f) => { try { const r = f(); console.log(Buffer.isBuffer(r) ? r : JSON.stringify(r)); } catch (e) { console.log(e.name, e.code, e.message); } };
const fills = [[0], [1], ['a'], ['ab'], ['é'], ['aGk=', 'base64'], ['zz', 'hex'], [''], [Buffer.from('xy')], [Buffer.alloc(0)], [true], [257], ['ab', 1], ['ab', 1, 4], ['ab', 'latin1'], ['ab', 1, 'ucs2'], [0, -1], [0, 2, 1], [0, 0, 99], ['x', 'nope'], [new Uint16Array([0x4142])]];
for (const args of fills) show(() => Buffer.alloc(7).fill(...args));
for (const a of [[5, 'ab'], [3, 'aGk=', 'base64'], [2, 0], [4, Buffer.from([1, 2, 3])], [-1], ['5'], [1.5]]) show(() => Buffer.alloc(...a));
const hay = Buffer.from('this is a buffer, a buffer it is');
const needles = [['is'], ['is', 3], ['is', -4], ['buffer', -100], ['x'], [''], ['', 5], ['', 100], [0x62], [0x162], [Buffer.from('a b')], ['aXM=', 'base64'], ['6973', 'hex'], ['is', 'latin1'], ['is', 100], ['is', NaN], ['is', '3'], [{}], ['is', 2, 'nope']];
for (const n of needles) {
  show(() => hay.indexOf(...n));
  show(() => hay.lastIndexOf(...n));
  show(() => hay.includes(...n));
}
const src = Buffer.from('0123456789');
for (const args of [[0], [2], [2, 3], [2, 3, 6], [0, 8, 100], [-1], [0, -1], [0, 0, -1], [20], [0, 11], ['1', '2', '5'], [0, 5, 2]]) {
  const t = Buffer.alloc(6, '.');
  show(() => [src.copy(t, ...args), t.toString()]);
}
const o = Buffer.from('abcdef');
show(() => [o.copy(o, 2, 0, 4), o.toString()]);
show(() => src.copy('x'));
for (const args of [[Buffer.from('0123')], [Buffer.from('2')], [Buffer.from('0123456789')], [Buffer.from('0123'), 0, 4, 0, 4], [Buffer.from('x345'), 1, 4, 3, 6], [Buffer.from('abc'), 5], [Buffer.from('abc'), 0, 10], [Buffer.from('a'), 0, 1, 3, 3], ['x'], [new Uint8Array([48])]]) {
  show(() => src.compare(...args));
}
show(() => Buffer.compare(Buffer.from('b'), Buffer.from('a')));
show(() => Buffer.compare('a', Buffer.from('a')));
show(() => src.equals(new Uint8Array([48])));
show(() => src.equals('x'));
show(() => Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('d')]));
show(() => Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3));
show(() => Buffer.concat([Buffer.from('ab')], 5));
show(() => Buffer.concat([]));
show(() => Buffer.concat([Buffer.from('a'), 'b']));
show(() => Buffer.concat('ab'));
for (const args of [[], [2], [-3], [2, -2], [5, 2], [1.9, 3.2], [NaN, 3], [0, 100]]) { show(() => src.subarray(...args)); show(() => src.slice(...args)); }
const s = src.subarray(2, 5); s[0] = 0x41; console.log(src.toString(), s.parent === src.buffer, s.offset - src.offset);
for (const n of [16, 32, 64]) { show(() => Buffer.from('01234567').slice(0, 8)[`swap${n}`]()); show(() => Buffer.from('012')[`swap${n}`]()); }
for (const args of [['xy'], ['xyz', 8], ['xyz', 9, 'latin1'], ['xyz', 'hex'], ['7a7a', 1, 'hex'], ['abc', 1, 1], ['ab', 11], ['ab', -1], ['ab', 1, 20], ['€€', 7], ['a', 0, 1, 'nope'], [5], ['ab', 1.5]]) {
  const w = Buffer.alloc(10, '.');
  show(() => [w.write(...args), w.toString('latin1')]);
}
show(() => Buffer.from({ length: 3, 0: 1, 1: 2 }));
show(() => Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
show(() => Buffer.from(new String('str')));
show(() => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
show(() => Buffer.from(new Uint8Array([1, 2, 3]).buffer, 1, 1));
show(() => Buffer.from(new ArrayBuffer(4), 5));
show(() => Buffer.from(new ArrayBuffer(4), 1, 9));
show(() => Buffer.from(null));
show(() => Buffer.from(Symbol('s')));
show(() => Buffer.of(1, 2, 258));
show(() => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
show(() => Buffer.byteLength(new ArrayBuffer(7)));
show(() => Buffer.byteLength(5));
const ab = new ArrayBuffer(8); const shared = Buffer.from(ab); shared[0] = 9; console.log(new Uint8Array(ab)[0], shared.buffer === ab);
console.log(Buffer.from('abc').toJSON(), JSON.stringify({ b: Buffer.from([1]) }), Buffer.from('abc').entries().next(), [...Buffer.from('ab').keys()]);
const { kMaxLength, constants, INSPECT_MAX_BYTES, SlowBuffer } = require('buffer');
console.log(kMaxLength, constants, INSPECT_MAX_BYTES, Buffer.poolSize, SlowBuffer(2), typeof Buffer.allocUnsafeSlow(3).length);
