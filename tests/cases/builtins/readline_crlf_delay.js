// A '\r' ending one chunk and a '\n' starting the next: one line ending within crlfDelay, two
// (an empty line between) after it; crlfDelay below 100 is raised to 100, Infinity kept.
const { PassThrough } = require('stream');
const readline = require('readline');

for (const d of [undefined, 0, 50, 100, 250, Infinity]) {
  console.log('crlfDelay', d, '->', readline.createInterface({ input: new PassThrough(), crlfDelay: d }).crlfDelay);
}
const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: 100 });
const lines = [];
rl.on('line', (l) => lines.push(l));
input.write('a\r');
input.write('\nb\r');
setTimeout(() => {
  input.write('\nc\r\n\r');
  input.end('\n');
}, 400);
rl.on('close', () => console.log(JSON.stringify(lines)));
