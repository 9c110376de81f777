// import.meta.resolve (node 20.6+): synchronous, resolves like `import` without loading;
// relative and URL specifiers resolve as URLs (the file need not exist), bare ones through
// package resolution, built-ins to node: URLs; import errors are thrown.
const base = new URL('.', import.meta.url).href;
const show = (u) => (u.startsWith(base) ? `<dir>/${u.slice(base.length)}` : u);
const r = (s) => {
  try {
    console.log(JSON.stringify(s), '->', show(import.meta.resolve(s)));
  } catch (e) {
    console.log(JSON.stringify(s), 'throws', e.name, e.code, e.message.split(base.slice(7)).join('<dir>/'));
  }
};
console.log(Object.keys(import.meta), typeof import.meta.resolve, import.meta.resolve.name, import.meta.resolve.length);
console.log(show(import.meta.url), show(import.meta.resolve('./main.mjs')) === show(import.meta.url));
for (const s of ['./sub/dep.js', './missing.js', './sub', './sub/', '.', './a b.js', './x?q=1#h', './a%20b.js',
  'fs', 'node:fs', 'fs/promises', 'node:test', 'node:nope', 'test', 'data:text/javascript,1', 'http://example.com/x',
  'pkg', 'pkg/main.js', 'pkg/missing.js', 'exp', 'exp/sub', 'exp/nope', 'exp/package.json', 'nopkg', '@scope/nopkg',
  '#dep', '#pkg', '#nope']) r(s);
r(undefined);
r(1);
console.log(show(import.meta.resolve('./sub/dep.js', 'file:///elsewhere/')));
const dep = await import(import.meta.resolve('#dep'));
console.log(dep.x);
try {
  await import('./missing.js');
} catch (e) {
  console.log(e.code, show(e.url));
}
