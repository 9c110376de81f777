// "imports" targets: a bare target resolves from the package.json as an import resolves it, for
// require too (no extensions or index files; "main" as import reads it; a missing package is
// MODULE_NOT_FOUND for the '#' request; a built-in target fails require with
// ERR_INVALID_URL_SCHEME, as node 20's does). Empty segments ("//", a leading or trailing "/")
// stay in the file path and warn DEP0166.
const show = (e) => `ERR ${e.code} ${e.message.split('\n')[0].split(__dirname).join('<D>')}`;
const load = { require: (s) => new Promise((res) => res({ default: require(s) })), import: (s) => import(s) };
const specs = ['#noext', '#ext', '#main', '#dir', '#sp', '#builtin', '#miss', '#dslash', '#trail', '#p/x.js', '#p//x.js', '#lead'];
// (Warnings print at exit: when node emits them depends on its loader's I/O.)
const warnings = [];
process.on('warning', (w) => warnings.push(`warning ${w.code} ${w.message.split(__dirname).join('<D>')}`));
process.on('exit', () => console.log(warnings.join('\n')));
(async () => {
  for (const k of ['require', 'import']) {
    for (const s of specs) {
      try {
        const m = await load[k](s);
        console.log(k, s, typeof m.default === 'string' ? m.default : typeof m.default);
      } catch (e) {
        console.log(k, s, show(e));
      }
    }
  }
})();
