// stream-adventure "lines": split stdin into lines and print odd lines lowercase, even lines
// uppercase (a hand-written line splitter in a Transform that keeps the partial last line).
// @stdin: One\nTwo\nThree\nfour\nFIVE\nsix
const { Transform } = require('stream');
let n = 0;
let rest = '';
const split = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop();
    for (const p of parts) this.push(p);
    cb();
  },
  flush(cb) {
    if (rest) this.push(rest);
    cb();
  },
});
const casing = new Transform({
  writableObjectMode: true,
  transform(line, enc, cb) {
    n++;
    cb(null, (n % 2 ? line.toLowerCase() : line.toUpperCase()) + '\n');
  },
});
process.stdin.pipe(split).pipe(casing).pipe(process.stdout);
