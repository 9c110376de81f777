// A line counter over stdin with `for await (const line of rl)`: counts lines, words and the
// longest line, with CRLF input, an empty line, a very long line and no final newline.
// @stdin: alpha beta\r\n\r\ngamma delta epsilon\nzeta
const readline = require('readline');

async function main() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lines = 0, words = 0, longest = '';
  for await (const line of rl) {
    lines++;
    words += line.split(/\s+/).filter(Boolean).length;
    if (line.length > longest.length) longest = line;
    console.log(`${String(lines).padStart(3)}: ${JSON.stringify(line)}`);
  }
  console.log({ lines, words, longest });
  // A huge line built in memory goes through the same splitter.
  const { PassThrough } = require('stream');
  const input = new PassThrough();
  const big = readline.createInterface({ input });
  const sizes = [];
  big.on('line', (l) => sizes.push(l.length));
  big.on('close', () => console.log('huge lines', sizes));
  const chunk = 'x'.repeat(65536);
  for (let i = 0; i < 8; i++) input.write(chunk);
  input.write('\n' + 'y'.repeat(100000));
  input.end('\nshort');
}
main();
