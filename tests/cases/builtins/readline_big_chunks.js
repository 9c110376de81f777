// Big input chunks (a 300 KB write, and the text in 64 KB chunks) with mixed line endings
// (\n, \r\n, lone \r, a \r\n split across writes) and multi-byte characters: every line intact.
const { PassThrough } = require('stream');
const readline = require('readline');
const crypto = require('crypto');

const endings = ['\n', '\r\n', '\r'];
let text = '';
for (let i = 0; i < 12000; i++) text += `línea ${i} ${'€'.repeat(i % 7)}${endings[i % 3]}`;
text += 'no final newline';
const digest = (lines) => crypto.createHash('sha256').update(lines.join('|')).digest('hex').slice(0, 16);

const input = new PassThrough();
const rl = readline.createInterface({ input });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  console.log('one write:', lines.length, lines[0], '/', lines[11999], '/', lines[12000], digest(lines));
  // The same text in 64 KB chunks, as a file or stdin arrives.
  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  const lines2 = [];
  rl2.on('line', (l) => lines2.push(l));
  rl2.on('close', () => console.log('64 KB chunks:', lines2.length, digest(lines2), lines2.some((l) => l.includes('\r'))));
  const all = Buffer.from(text);
  for (let o = 0; o < all.length; o += 65536) input2.write(all.subarray(o, o + 65536));
  input2.end();
});
const buf = Buffer.from(text);
input.write(buf.subarray(0, 300000));
input.write(buf.subarray(300000));
input.write('\r');
input.write('\nafter split crlf\n');
input.end();
