// process.stdin in paused mode: 'readable' events with a read() loop, then 'end'.
// @stdin: some input\nover two lines\n
let total = '';
process.stdin.setEncoding('utf8');
process.stdin.on('readable', () => {
  let chunk;
  while ((chunk = process.stdin.read()) !== null) total += chunk;
});
process.stdin.on('end', () => {
  console.log(JSON.stringify(total), total.split('\n').length);
  console.log(process.stdin.readableEnded, process.stdin.isTTY);
});
