// node's Blob reader pulls a part per two microtasks: arrayBuffer() of a blob made of n parts
// (empty strings and a nested blob's parts count; a slice keeps the parts it overlaps; a clone
// its source's) settles 2n - 1 ticks after the call, text() and bytes() one tick later.
const blobs = {
  empty: () => new Blob([]),
  one: () => new Blob(['abc']),
  three: () => new Blob(['a', new Uint8Array([98]), 'c']),
  'with empty parts': () => new Blob(['', '', 'x']),
  nested: () => new Blob([new Blob(['a', 'b']), 'c']),
  slice: () => new Blob(['abc', 'def']).slice(1, 5),
  clone: () => structuredClone(new Blob(['a', 'b'])),
  file: () => new File(['a', 'b'], 'f.txt'),
};
for (const [name, make] of Object.entries(blobs)) {
  const seen = [];
  for (const method of ['arrayBuffer', 'text']) {
    let tick = 0;
    let at = -1;
    make()[method]().then(() => { at = tick; });
    let q = Promise.resolve();
    for (let i = 0; i < 12; i++) q = q.then(() => { tick++; });
    await q;
    seen.push(`${method} ${at}`);
  }
  console.log(name, seen.join(', '));
}
