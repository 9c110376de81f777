// Buffer.concat: the total length is summed (or the given length validated) before the
// entries are checked, as node does.
function show(label, fn) {
  try { console.log(label, fn().toString('hex')); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const a = Buffer.from('ab');
show('null entry', () => Buffer.concat([null]));
show('undefined entry', () => Buffer.concat([a, undefined]));
show('number entry', () => Buffer.concat([42]));
show('number then null', () => Buffer.concat([42, null]));
show('null with length', () => Buffer.concat([null], 2));
show('bad length first', () => Buffer.concat(['x'], -1));
show('bad length type', () => Buffer.concat(['x'], '2'));
show('fractional length', () => Buffer.concat([a], 1.5));
show('empty list bad length', () => Buffer.concat([], -1));
show('ok', () => Buffer.concat([a, new Uint8Array([0x63])], 5));
