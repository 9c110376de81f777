// node's "Did you mean to import ...?" hint for an import that require() would resolve: URL-
// encoded and relative for a relative specifier, within the package for a bare one, the file's
// URL for a lone file in node_modules. The error's url keeps the resolved URL's fragment.
const dir = new URL('.', import.meta.url);
for (const s of ['lone_file.js', '@scope/pkg/index', './dir%25with space#/index.js', './dir%25with space#/index']) {
  try {
    await import(s);
  } catch (e) {
    console.log(e.code, e.message.split(dir.pathname).join('<D>/').split(dir.href).join('<URL>/'));
    console.log('url:', String(e.url).split(dir.href).join('<URL>/'));
  }
}
