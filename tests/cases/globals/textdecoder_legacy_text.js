// Real text in each multi-byte legacy encoding (encoded with Python's codecs) decodes as node 20's
// ICU decoders give it, in one call and streamed 3 bytes at a time with fatal set.
const cases = [
  ['shift_jis', '82b182f182c982bf82cd90a28a45814293fa967b8cea82cc8365834c835883678141834a835e834a83698141b6c0b6c581418abf8e9a8146938c8b9e93738f61924a8be6816981a7313530816a874087418742208260826182628160'],
  ['euc-jp', 'a4b3a4f3a4cba4c1a4cfc0a4b3a6a1a3c6fccbdcb8eca4cea5c6a5ada5b9a5c8a1a2a5aba5bfa5aba5caa1a2b4c1bbfaa1a7c5ecb5fec5d4bdc2c3abb6e8208eb68ec08eb68ec5'],
  ['iso-2022-jp', '1b244224332473244b2441244f402433262123467c4b5c386c244e2546252d2539254824481b28422041534349492074657874201b24423a2e3a5f1b2842'],
  ['gbk', 'c4e3bac3a3accac0bde7a3a1bcf2cce5d6d0cec4cec4b1bea3bab1b1bea9cad0baa3b5edc7f8a1a3b7b1f377d7d6d2b2bfc9d2d486e1a3bf'],
  ['gb18030', 'c4e3bac3a3accac0bde7a3a1bcf2cce5d6d0cec4cec4b1bea3bab1b1bea9cad0baa3b5edc7f8209532823620a94920a2e320'],
  ['big5', 'a741a66ea141a540acc9a149c163c5e9a4a4a4e5a4e5a5bba147bb4fa55fa5abab48b871b0cfa143'],
  ['euc-kr', 'bec8b3e7c7cfbcbcbfe420bcbcb0e82120c7d1b1b9beee20c5d8bdbac6ae3a20bcadbfefc6afbab0bdc320b0adb3b2b1b8'],
];
for (const [enc, hex] of cases) {
  const bytes = Buffer.from(hex, 'hex');
  const one = new TextDecoder(enc).decode(bytes);
  const d = new TextDecoder(enc, { fatal: true });
  let streamed = '';
  for (let i = 0; i < bytes.length; i += 3) streamed += d.decode(bytes.subarray(i, i + 3), { stream: true });
  streamed += d.decode();
  console.log(enc, streamed === one, one);
}
