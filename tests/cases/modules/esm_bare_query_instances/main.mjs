// A bare specifier's query or fragment (a package subpath or an "exports" target) makes its own
// module instance, as a relative URL's does; import.meta.url and import.meta.resolve keep it.
for (const s of ['esmp/m.js', 'esmp/m.js?v=1', 'esmp/m.js#h', 'esmp/m.js?v=1', 'expp/m.js', 'expp/m.js?v=2']) {
  const m = await import(s);
  console.log(s, m.url, globalThis.n, import.meta.resolve(s).split('/').pop());
}
