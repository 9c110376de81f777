// Strings written to a net.Socket (alone, or several corked and sent together): the bytes the
// peer reads for utf8/latin1/binary/ascii/hex/base64 text, lone surrogates at chunk edges,
// strings mixed with Buffers, write callbacks' and 'finish' order, and bytesWritten.
const net = require('net');

const cases = [
  ['plain utf8', [['héllo €', 'utf8'], [' wörld', undefined]]],
  ['latin1 ascii', [['abc', 'latin1'], ['def', 'ascii']]],
  ['latin1 high', [['\u00e9\u00ff', 'latin1'], ['\u00fe', 'binary']]],
  ['ascii wide', [['\u0101\u20ac', 'ascii'], ['x', 'ascii']]],
  ['utf8 then latin1 high', [['é', 'utf8'], ['é', 'latin1']]],
  ['utf8 then latin1 ascii', [['é', 'utf8'], ['e', 'latin1']]],
  ['hex base64', [['414243', 'hex'], ['REVG', 'base64'], ['!', 'utf8']]],
  ['surrogates split', [['a\ud83d', 'utf8'], ['\ude00b', 'utf8']]],
  ['lone low', [['\ude00', 'utf8'], ['c', 'utf8']]],
  ['with buffer', [['x', 'utf8'], [Buffer.from([0, 255]), undefined], ['y', 'latin1']]],
  ['empty strings', [['', 'utf8'], ['', 'latin1'], ['z', 'utf8']]],
  ['UTF8 name', [['ü', 'UTF8'], ['ü', 'Latin1']]],
];

async function run(label, pieces, corked) {
  const received = [];
  const server = net.createServer((s) => {
    s.on('data', (d) => received.push(d));
    s.on('end', () => s.end());
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const order = [];
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      if (corked) c.cork();
      pieces.forEach(([data, enc], i) => {
        const ret = enc === undefined ? c.write(data, () => order.push(`cb${i}`)) : c.write(data, enc, () => order.push(`cb${i}`));
        order.push(`ret${i}=${ret}`);
      });
      order.push(`writable=${c.writableLength > 0}`);
      if (corked) c.uncork();
      c.end(() => order.push('end-cb'));
      c.on('finish', () => order.push(`finish bytesWritten=${c.bytesWritten}`));
      c.on('data', () => {});
      c.on('close', resolve);
    });
  });
  server.close();
  console.log(corked ? 'corked' : 'plain ', label.padEnd(24), Buffer.concat(received).toString('hex'), order.join(' '));
}

(async () => {
  for (const [label, pieces] of cases) {
    await run(label, pieces, false);
    await run(label, pieces, true);
  }
})();
