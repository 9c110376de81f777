// A specifier resolving to a URL that ends in '/' ('./x/', '.', '..', './x/.') is a directory
// import, whether or not that directory exists or is a file, and the URL keeps its slash.
for (const t of ['./missing/', './missing/.', './file.cjs/', './dir/x/..', '.', './sub/..', './dir']) {
  console.log(t, import.meta.resolve(t).split(process.cwd()).join('<cwd>'));
  try { await import(t); console.log('imported', t); } catch (e) { console.log(e.code, e.message.split(process.cwd()).join('<cwd>')); }
}
