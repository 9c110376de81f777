// readFileSync/readFile/promises.readFile with utf8 give the text Buffer.toString() gives:
// invalid sequences as U+FFFD (maximal subparts), a BOM kept, multi-byte and astral characters,
// an empty file, other spellings and encodings through the Buffer.
const fs = require('fs');
const f = `${__dirname}/_rf_text_${process.pid}.bin`;
const samples = [
  Buffer.from('plain ascii'),
  Buffer.from('\ufeffbom first'),
  Buffer.from('héllo wörld – 日本語 😀'),
  Buffer.from([0x61, 0xff, 0x62, 0xc3, 0x28, 0xe2, 0x82, 0x61, 0xf0, 0x9f, 0x98, 0x63, 0xed, 0xa0, 0x80, 0x64]),
  Buffer.alloc(0),
  Buffer.from([0xf0, 0x9f, 0x98]),
];
for (const bytes of samples) {
  fs.writeFileSync(f, bytes);
  const a = fs.readFileSync(f, 'utf8');
  const b = fs.readFileSync(f, { encoding: 'utf-8' });
  const c = fs.readFileSync(f, 'UTF8');
  const d = fs.readFileSync(f, 'latin1');
  console.log(JSON.stringify(a), a === bytes.toString(), a === b, a === c, d === bytes.toString('latin1'), typeof fs.readFileSync(f));
}
fs.writeFileSync(f, 'callback text ✓');
fs.readFile(f, 'utf8', (err, text) => {
  console.log('callback', err, JSON.stringify(text));
  fs.promises.readFile(f, 'utf8').then((t) => {
    console.log('promise', JSON.stringify(t));
    const fd = fs.openSync(f, 'r');
    console.log('fd', JSON.stringify(fs.readFileSync(fd, 'utf8')));
    fs.closeSync(fd);
    fs.unlinkSync(f);
  });
});
