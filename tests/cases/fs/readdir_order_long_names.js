// readdir's byte order for longer names: common prefixes of 8, 16 and more bytes, names that are
// prefixes of others, differences in and past each 8-byte stretch, non-ASCII (UTF-8) bytes and
// Dirents with their types, as node (libuv scandir) sorts them.
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, `_rd_long_tmp${process.pid}`);
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d);
const names = [
  'abcdefgh', 'abcdefghi', 'abcdefgh0', 'abcdefgH', 'abcdefg', 'abcdefghijklmnop', 'abcdefghijklmnoP',
  'abcdefghijklmnopq', 'abcdefghijklmno', 'file-00010.txt', 'file-00009.txt', 'file-0001.txt', 'file-00100.txt',
  'file-00010.txx', 'file-00010.tx', 'résumé-2024-final', 'resume-2024-final', 'résumé-2024-fina', 'Ωmega-long-name-x',
  'ωmega-long-name-x', '0123456789abcdef0123', '0123456789abcdef012', '0123456789abcdeF0123', 'a'.repeat(40), 'a'.repeat(39) + 'b',
];
for (const n of names) fs.writeFileSync(path.join(d, n), '');
fs.mkdirSync(path.join(d, 'abcdefgh-dir'));
console.log(fs.readdirSync(d).join('\n'));
console.log(fs.readdirSync(d, { withFileTypes: true }).map((e) => `${e.name} ${e.isDirectory() ? 'dir' : 'file'}`).join('\n'));
fs.rmSync(d, { recursive: true, force: true });
