// url.pathToFileURL / fileURLToPath with { windows } (node 20.13+): drive letters, UNC paths (also
// \\\\?\\UNC\\), encoded separators, percent/hash/question/tab escaping, and the POSIX default.
const url = require('url');
const t = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log('throw', e.name, e.code, e.message); } };
for (const p of ['C:\\x y', 'C:\\a\\b\\', 'c:/mixed/sep', '\\\\server\\share\\f i#le', '\\\\?\\UNC\\srv\\sh\\x', '\\\\srv', '\\\\\\x', 'D:', 'C:\\100%\\a?b#c', 'rel\\x', '\\\\xn--espaol-zwa.com\\s\\x', 'C:\\tab\there']) {
  t(() => url.pathToFileURL(p, { windows: true }).href); t(() => url.pathToFileURL(p, { windows: false }).href.replace(process.cwd(), '<cwd>'));
}
for (const u of ['file:///C:/path/', 'file:///c:/a%20b', 'file://server/share/f', 'file://xn--espaol-zwa.com/s', 'file:///a/b', 'file:///C:/a%2fb', 'file:///C:/a%5Cb', 'file:///C:/a%5cb', 'file://localhost/C:/x']) {
  t(() => url.fileURLToPath(u, { windows: true })); t(() => url.fileURLToPath(u, { windows: false })); t(() => url.fileURLToPath(u, {}));
}
t(() => url.fileURLToPath('file:///x', null)); t(() => url.pathToFileURL('/x', null).href);
