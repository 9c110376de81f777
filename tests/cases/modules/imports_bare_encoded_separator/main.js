// An "imports" target naming a package, whose subpath holds an encoded "/" or "\": node's check
// (finalizeResolution) names the importing file, though the package resolves from package.json.
const show = (e) => `${e.code} ${e.message.split(__dirname).join('<D>')}`;
(async () => {
  for (const s of ['#ext/x.js', '#ext/x%2Fy', '#ext/x%5Cy']) {
    try { console.log('require', s, require(s)); } catch (e) { console.log('require', s, show(e)); }
    try { console.log('import', s, (await import(s)).default); } catch (e) { console.log('import', s, show(e)); }
  }
})();
