// import.meta.resolve of an existing file gives its real path's URL (symbolic links resolved,
// query and fragment kept), as node's finalizeResolution; a missing file or a directory keeps
// the URL as written.
const dir = new URL('.', import.meta.url).href;
for (const s of ['./link.mjs', './link.mjs?q=1#h', './sub/up.mjs', './data.json', './real.mjs', './missing.mjs', './sub/', './sub', new URL('./link.mjs', import.meta.url).href]) {
  console.log(s.startsWith('file:') ? 'file URL' : s, import.meta.resolve(s).replace(dir, '<D>/'));
}
console.log((await import('./link.mjs')).default, (await import('./sub/up.mjs')) === (await import('./real.mjs')));
