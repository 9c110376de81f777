// A package.json that does not parse: require throws a SyntaxError "Error parsing <file>: ..."
// with `path`; an import ERR_INVALID_PACKAGE_CONFIG naming what it imports ('"name" from
// <importer>' for a package, the file for its package scope); a .mjs file needs no scope.
const show = (e) => console.log(e.name, e.code, e.message.split(__dirname).join('<D>'), e.path && e.path.split(__dirname).join('<D>'));
process.chdir(__dirname);
(async () => {
  for (const s of ['./scope/x.js', './scope/m.mjs', 'badmain', 'badpkg/index.js', './scope/self.mjs']) {
    try { console.log((await import(s)).default); } catch (e) { show(e); }
  }
  for (const s of ['./scope/x.js', 'badmain', 'badpkg/index.js']) {
    try { require(s); } catch (e) { show(e); }
  }
})();
