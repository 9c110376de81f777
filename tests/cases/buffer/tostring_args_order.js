// toString checks the range before the encoding: an empty range never reports a bad encoding.
const show = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code, e.message); } };
show(() => Buffer.alloc(0).toString('bad'));
show(() => Buffer.from('ab').toString('bad', 1, 1));
show(() => Buffer.from('ab').toString('bad', 5));
show(() => Buffer.from('ab').toString('bad'));
show(() => Buffer.from('ab').toString(undefined, undefined, undefined));
show(() => Buffer.from('ab').toString('HEX'));
show(() => Buffer.from('ab').toString(null));
show(() => Buffer.from('ab').toString({ toString: () => 'latin1' }));
show(() => Buffer.from('abc').write('zz', 'latin1'));
show(() => Buffer.from('abc').write('zz', 1, 'ucs2'));
