// util.inspect of Stats (number and bigint), Dirent, a FileHandle, and the own keys of file
// streams in node's order (autoClose is a prototype accessor).
const fs = require('fs');
const fsp = fs.promises;
const util = require('util');
const path = require('path');
const f = path.join(__dirname, '_inspect_tmp.txt');
fs.writeFileSync(f, 'abc');
fs.utimesSync(f, 1000, 2000);
const s = fs.statSync(f);
const masked = util.inspect(s).replace(/(dev|ino|uid|gid|blksize|blocks|nlink|rdev|mode): \d+n?/g, '$1: N').replace(/ctimeMs: [\d.]+|ctime: [^,\n]+|birthtimeMs: [\d.]+|birthtime: [^,\n]+/g, 'X');
console.log(masked);
const b = fs.statSync(f, { bigint: true });
console.log(util.inspect(b).replace(/(dev|ino|uid|gid|blksize|blocks|nlink|rdev|mode): \d+n?/g, '$1: N').replace(/ctime(Ms|Ns)?: [^,\n]+|birthtime(Ms|Ns)?: [^,\n]+/g, 'X'));
console.log(util.inspect(new fs.Dirent('x', 1, '/p')));
console.log(util.inspect(fs.readdirSync(__dirname, { withFileTypes: true }).find((d) => d.name === '_inspect_tmp.txt')).replace(__dirname, '<d>'));
console.log(JSON.stringify(Object.keys(s)), JSON.stringify(Object.keys(b)));
console.log(s.atime.toISOString(), s.mtime.toISOString(), b.mtimeNs, b.mtimeMs, typeof s.isFile, s.hasOwnProperty('isFile'));
(async () => {
  const h = await fsp.open(f, 'r+');
  console.log(await fsp.readFile(h, 'utf8'));
  await fsp.writeFile(h, 'XY');
  console.log(fs.readFileSync(f, 'utf8'));
  await fsp.appendFile(h, 'Z');
  console.log(fs.readFileSync(f, 'utf8'));
  console.log(util.inspect(h).replace(/\d+/g, 'N'));
  await h.close();
  const dir = await fsp.opendir(__dirname);
  console.log(util.inspect(dir).replace(__dirname, '<d>').replace(/\d+/g, 'N').split('\n')[0]);
  await dir.close();
  const ws = fs.createWriteStream(f, { flags: 'a' });
  console.log(util.inspect(ws, { depth: 0 }).split('\n').slice(0, 3).join('|').replace(__dirname, '<d>'));
  ws.on('close', () => fs.unlinkSync(f)); // the stream opens (re-creating f) before it closes
  ws.destroy();
})();
{
  const g = path.join(__dirname, `_inspect_tmp2_${process.pid}.txt`);
  const ws = fs.createWriteStream(g, { flags: 'a' });
  const rs = fs.createReadStream(__filename, { start: 1 });
  console.log(Reflect.ownKeys(ws).map(String).join(','), ws.autoClose, ws.pos);
  console.log(Reflect.ownKeys(rs).map(String).join(','), rs.autoClose, rs.pos);
  const fdStream = fs.createReadStream(null, { fd: 0, autoClose: false });
  console.log(Reflect.ownKeys(fdStream).map(String).join(','), fdStream.autoClose);
  ws.destroy(); rs.destroy();
  ws.on('close', () => fs.unlinkSync(g));
}
{
  console.log(Object.getPrototypeOf(fs.constants), JSON.stringify(Object.getOwnPropertyDescriptor(fs, 'W_OK')), Object.getOwnPropertyDescriptor(fs, 'constants').writable, fsp.constants === fs.constants);
  console.log(util.inspect(fs.constants).split('\n')[0]);
}
