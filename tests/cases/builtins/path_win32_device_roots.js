// path.win32: \\.\ and \\?\ prefixes are device roots (node 20.20): the rest of the path is
// normalized as a plain tail, not as a UNC share.
const W = require('path').win32;
const ins = ['\\\\?\\COM1:foo\\..\\bar', '\\\\.\\COM1:\\x', '\\\\?\\C:', '\\\\.\\x', '\\\\?\\x\\',
  '\\\\?', '\\\\?\\', '\\\\.\\\\', '\\\\.\\PHYSICALDRIVE0', '\\\\.\\foo', '\\\\.\\foo\\',
  '\\\\?\\test/../?/D:/Test', '\\\\.\\test/../../?/D:/Test', '//?/c:/x/../y', '\\\\a\\b', '\\\\a\\b\\'];
for (const p of ins) {
  console.log(JSON.stringify(p), JSON.stringify(W.normalize(p)), JSON.stringify(W.resolve(p)),
    JSON.stringify(W.join(p, 'z')), JSON.stringify(W.toNamespacedPath(p)), JSON.stringify(W.parse(p)));
}
