// read(n) on a stream with a decoder that spans buffered strings: node 20.20's fromList compares
// the remaining count with the buffer list's length (not the string's), so a string that ends
// the read exactly is sliced and an empty string stays buffered unless the two happen to match.
const { Readable } = require('stream');
const fs = require('fs');

function run(label, chunks, sizes) {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  for (const c of chunks) r.push(c);
  const got = [];
  for (const n of sizes) got.push(r.read(n));
  console.log(label, JSON.stringify(got), r.readableLength, JSON.stringify(r.read()));
}
run('two', ['ab', 'cd', 'ef'], [3, 3]);
run('exact', ['abc', 'de'], [5, 1]);
run('three', ['a', 'b', 'c', 'd'], [2, 2]);
run('len-match', ['ab', 'cd', 'ef', 'gh'], [4, 4]);
run('multibyte', ['é', 'ü', 'ñ'], [2, 1, 1]);
run('whole', ['a', 'bcde'], [3]);
run('whole3', ['a', 'b', 'cdef', 'g'], [4]);
run('empty-left', ['ab', 'cd', 'ef'], [4, 1, 1]);
run('multibyte-whole', ['é', 'üñç'], [2]);

fs.writeFileSync('tmp_read_n.txt', 'abcdefghijklmnopqrstuvwxyz0123456789');
const s = fs.createReadStream('tmp_read_n.txt', { start: 2, end: 20, highWaterMark: 4, encoding: 'utf8' });
const got = [];
s.on('readable', () => { let c; while ((c = s.read(3)) !== null) got.push(c); });
s.on('end', () => console.log('fs', JSON.stringify(got), s.bytesRead));
s.on('close', () => fs.unlinkSync('tmp_read_n.txt'));
