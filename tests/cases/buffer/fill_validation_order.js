// buf.fill: the range is validated before the fill value is encoded, so a bad offset is
// reported even for an unusable value, and an empty range never looks at the value.
function show(label, fn) {
  try { console.log(label, fn().toString('hex')); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
show('bad hex, no range', () => Buffer.alloc(4).fill('zz', 'hex'));
show('bad hex, null offset', () => Buffer.alloc(4).fill('zz', null, 'hex'));
show('bad hex, negative offset', () => Buffer.alloc(4).fill('zz', -1, 'hex'));
show('bad hex, end too big', () => Buffer.alloc(4).fill('zz', 0, 5, 'hex'));
show('bad hex, empty range', () => Buffer.alloc(4).fill('zz', 2, 2, 'hex'));
show('bad hex, reversed range', () => Buffer.alloc(4).fill('zz', 3, 1, 'hex'));
show('empty buffer value', () => Buffer.alloc(4).fill(Buffer.alloc(0)));
show('empty buffer value, empty range', () => Buffer.alloc(4).fill(Buffer.alloc(0), 1, 1));
show('empty buffer value, bad end', () => Buffer.alloc(4).fill(Buffer.alloc(0), 1, -1));
show('non-string encoding', () => Buffer.alloc(4).fill(1, 'hex'));
show('ok', () => Buffer.alloc(5).fill('ab', 1, 4));
