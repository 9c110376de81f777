// learnyounode: hello world, baby steps (sum argv), my first I/O (count newlines sync),
// my first async I/O, filtered ls -- input files made in a temp dir under the cwd.
// @args: 1 2 3 40
const fs = require('fs');
const path = require('path');
console.log('HELLO WORLD');
let sum = 0;
for (let i = 2; i < process.argv.length; i++) sum += Number(process.argv[i]);
console.log(sum, process.argv.length);
const dir = fs.mkdtempSync('_tmp-');
const file = path.join(dir, 'lines.txt');
fs.writeFileSync(file, 'a\nb\nc\n\nlast');
console.log(fs.readFileSync(file).toString().split('\n').length - 1);
for (const n of ['x.md', 'y.txt', 'z.md', 'md', 'w.MD', '.md']) fs.writeFileSync(path.join(dir, n), n);
fs.readFile(file, 'utf8', (err, data) => {
  if (err) return console.error(err);
  console.log('async lines', data.split('\n').length - 1);
  fs.readdir(dir, (err, list) => {
    if (err) throw err;
    list.filter((f) => path.extname(f) === '.md').forEach((f) => console.log(f));
    console.log(path.extname('.md'), JSON.stringify(path.extname('md')), path.extname('w.MD'));
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
  });
});
