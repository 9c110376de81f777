// import of a package without "exports" whose "main" (and index.js) is missing: node's fs binding
// throws a plain Error with a `code` (no [ERR_MODULE_NOT_FOUND] in its name), naming "main" as
// a URL resolved against package.json: "" and "./lib/" keep their trailing slash.
const show = (e) => console.log(e.name, e.code, Object.keys(e), String(e).split(import.meta.dirname).join('<D>'));
for (const p of ['emptymain', 'slashmain', 'bare']) {
  try { await import(p); } catch (e) { show(e); }
}
try { import.meta.resolve('slashmain'); } catch (e) { show(e); }
