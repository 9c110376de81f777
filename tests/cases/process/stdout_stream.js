// process.stdout / stderr are stream.Writables with synchronous writes.
const { Writable, Readable } = require('stream');
const out = process.stdout;
console.log('instanceof', out instanceof Writable, process.stderr instanceof Writable, process.stdin instanceof Readable);
console.log('fd', out.fd, process.stderr.fd, process.stdin.fd);
console.log('state', typeof out._writableState, out.writableLength, out.writableHighWaterMark, out.writable, out.writableEnded, out.writableCorked, out.writableObjectMode);
console.log('same', process.stdout === out, console._stdout === out, console._stderr === process.stderr);

// A replaced write sees console output, as in node.
const orig = out.write;
const seen = [];
out.write = function (chunk, encoding, cb) { seen.push(String(chunk)); return orig.call(this, chunk, encoding, cb); };
console.log('through replaced write');
console.info({ a: 1 });
out.write = orig;
console.log('seen', JSON.stringify(seen));

// cork / uncork buffer writes until uncorked.
out.cork();
out.write('c1 ');
out.write('c2\n');
const corked = [out.writableLength, out.writableCorked];
out.uncork();
console.log('corked', corked, out.writableLength, out.writableCorked);

out.setDefaultEncoding('hex');
out.write('414243');
out.setDefaultEncoding('utf8');
out.write('\n');
out.write('6869', 'hex');
out.write('\n', 'latin1');
out.write(Buffer.from('buffer €\n'));
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
console.log('returns', out.write(''), out.write('x'.repeat(20000).slice(0, 1) + '\n'));

for (const bad of [null, 1, {}]) {
  try { out.write(bad); } catch (e) { console.log('bad chunk', e.code); }
}

let order = [];
out.write('with cb\n', (err) => { order.push(`write cb ${err}`); });
order.push('after write');
process.nextTick(() => {
  console.log(order.join(', '));
  // Ending stderr (or stdout) is allowed: 'finish' and then 'close'; the descriptor stays open.
  const err = process.stderr;
  const events = [];
  err.on('finish', () => events.push('finish'));
  err.on('close', () => events.push('close'));
  err.end('ending stderr\n', () => events.push('end cb'));
  events.push(`ended ${err.writableEnded}`);
  setTimeout(() => console.log(events.join(', ')), 5);
});
