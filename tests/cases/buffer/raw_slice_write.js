// The raw <encoding>Slice / <encoding>Write methods take their indices as node's C++ does:
// integers, a negative one "Index out of range", strings converted.
function show(label, fn) {
  try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, e.name, e.code, e.message, Object.keys(e)); }
}
const b = Buffer.from('hello world');
show('latin1Slice', () => b.latin1Slice(1, 4));
show('utf8Slice strings', () => b.utf8Slice('2', '5'));
show('hexSlice reversed', () => b.hexSlice(5, 2));
show('asciiSlice negative', () => b.asciiSlice(-1));
show('ucs2Slice end past', () => b.ucs2Slice(0, 20));
show('base64Slice start past', () => b.base64Slice(20));
show('empty buffer', () => Buffer.alloc(0).hexSlice(5, 9));
show('utf8Write', () => { const x = Buffer.alloc(6); return [x.utf8Write('abc', 2), x.toString('hex')]; });
show('latin1Write length', () => { const x = Buffer.alloc(6); return [x.latin1Write('abcdef', '1', '2'), x.toString('hex')]; });
show('hexWrite negative', () => Buffer.alloc(4).hexWrite('ab', -1));
show('asciiWrite offset past', () => Buffer.alloc(4).asciiWrite('ab', 5));
show('ucs2Write non-string', () => Buffer.alloc(4).ucs2Write(5));
