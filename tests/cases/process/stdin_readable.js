// @stdin: one\ntwo\n
// Paused mode: 'readable' and read(); setEncoding gives strings.
process.stdin.setEncoding('utf8');
let text = '';
process.stdin.on('readable', () => {
  let chunk;
  while ((chunk = process.stdin.read()) !== null) text += chunk;
});
process.stdin.on('end', () => console.log('read', typeof text, JSON.stringify(text)));
