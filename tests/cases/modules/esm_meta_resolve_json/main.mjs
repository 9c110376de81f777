// import.meta.resolve only resolves: a JSON target needs no import attribute there (an import
// without one fails).
for (const spec of ['p/package.json', 'p/data', './node_modules/p/data.json']) {
  console.log(import.meta.resolve(spec).replace(/^.*\/esm_meta_resolve_json\//, ''));
  try { await import(spec); } catch (e) { console.log(e.code); }
  console.log((await import(spec, { with: { type: 'json' } })).default.name ?? 'data');
}
