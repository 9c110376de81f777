// hex and base64 decode a string with characters above U+00FF by the low byte of each code
// unit, as node does.
const samples = ['a\u0234b\u0235c\u0236', '\u0141\u0142', 'YW\u0100Jj', 'Y\u0157Jj', '6\u0131\u0162', 'QQ\u013d\u013d'];
for (const s of samples) {
  console.log(JSON.stringify(s),
    Buffer.from(s, 'hex').toString('hex'),
    Buffer.from(s, 'base64').toString('hex'),
    Buffer.from(s, 'base64url').toString('hex'),
    Buffer.alloc(6).fill(s, 'base64').toString('hex'));
  const b = Buffer.alloc(4);
  console.log(' write', b.write(s, 'hex'), b.toString('hex'));
}
