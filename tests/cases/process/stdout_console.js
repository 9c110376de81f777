// The global console writes through process.stdout once it is touched: a wrapped write sees
// console output, corking holds it back; a process.stdout replaced before the first
// console.log receives it.
console.log('bound first');
const orig = process.stdout.write;
process.stdout.write = function (c) { return orig.call(this, '[wrapped] ' + c); };
console.log('after wrap');
console.dir({ dir: true });
process.stdout.write = orig;
console.log('unwrapped');
process.stdout.cork();
console.log('corked log');
process.stdout.write('corked write\n');
console.log('length while corked', process.stdout.writableLength > 0);
process.nextTick(() => {
  process.stdout.uncork();
  console.log('uncorked', process.stdout.writableLength);
  const { Writable } = require('stream');
  const captured = [];
  const fake = new Writable({ write(c, e, cb) { captured.push(String(c)); cb(); } });
  const con = new console.Console({ stdout: fake, stderr: fake });
  con.log({ x: 1 });
  con.error('err');
  console.log('captured', captured);
});
