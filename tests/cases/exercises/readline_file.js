// readline over a file: for await (const line of rl) with crlfDelay, the 'line'/'close'
// events form, and counting matches; also readline over stdin.
// @stdin: alpha\nbeta\n\ngamma
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const dir = fs.mkdtempSync('_tmp-');
const file = path.join(dir, 'log.txt');
fs.writeFileSync(file, 'INFO start\r\nWARN disk\nERROR boom\n\nINFO end\nno newline at end');
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const counts = {};
  let n = 0;
  for await (const line of rl) {
    n++;
    const level = line.split(' ')[0] || '(empty)';
    counts[level] = (counts[level] || 0) + 1;
  }
  console.log(n, counts);
  const rl2 = readline.createInterface({ input: fs.createReadStream(file) });
  const lines = [];
  rl2.on('line', (l) => lines.push(l));
  rl2.on('close', () => {
    console.log(JSON.stringify(lines));
    fs.rmSync(dir, { recursive: true });
    const rl3 = readline.createInterface({ input: process.stdin });
    let i = 0;
    rl3.on('line', (l) => console.log(++i, JSON.stringify(l)));
    rl3.on('close', () => console.log('stdin closed', i));
  });
})();
