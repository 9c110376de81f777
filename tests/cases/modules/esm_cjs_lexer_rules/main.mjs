// Which CommonJS exports `import` sees, by cjs-module-lexer's rules: defineProperty with a
// value or an identifier-returning getter (not other getters, not other leading keys), object
// literal entries whose value is an identifier (reading stops at anything more complex).
for (const f of ['forms', 'lit', 'lit2', 'lit3', 'lit4', 'lit5']) {
  const ns = await import(`./${f}.cjs`);
  console.log(f, Object.keys(ns).join());
}
const { g1, g3, v4 } = await import('./forms.cjs');
console.log(g1, g3, v4);
