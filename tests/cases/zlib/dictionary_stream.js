// Dictionary streams: an Inflate stream reads a dictionary header split over small writes, reports
// Missing/Bad dictionary as an 'error', and a Deflate stream declares the dictionary again after
// reset().
const zlib = require('zlib');
const dict = Buffer.from('Content-Length: Content-Type: text/html; charset=utf-8');
const input = 'Content-Type: text/html; charset=utf-8\r\nContent-Length: 12\r\n';
const run = (deflateOpts, inflateOpts, label, step = 1) => new Promise((resolve) => {
  const packed = zlib.deflateSync(input, deflateOpts);
  const inf = zlib.createInflate(inflateOpts);
  let out = '';
  inf.setEncoding('utf8');
  inf.on('data', (c) => { out += c; });
  inf.on('error', (e) => { console.log(label, 'error', e.code, e.errno, e.message); resolve(); });
  inf.on('end', () => { console.log(label, out === input); resolve(); });
  for (let i = 0; i < packed.length; i += step) inf.write(packed.subarray(i, i + step));
  inf.end();
});
(async () => {
  await run({ dictionary: dict }, { dictionary: dict }, 'byte writes');
  await run({ dictionary: dict }, { dictionary: new Uint16Array(dict.buffer.slice(dict.byteOffset, dict.byteOffset + 54)) }, 'typed dictionary', 3);
  await run({ dictionary: dict }, undefined, 'missing');
  await run({ dictionary: dict }, { dictionary: Buffer.from('other') }, 'bad', 4);
  await run(undefined, { dictionary: dict }, 'not declared');
  const u = zlib.createUnzip({ dictionary: dict });
  u.on('data', (c) => console.log('unzip', c.toString() === input));
  u.end(zlib.deflateSync(input, { dictionary: dict }));
  await new Promise((r) => u.on('end', r));
  const d = zlib.createDeflate({ dictionary: dict });
  const parts = [];
  let afterReset = false;
  d.on('data', (c) => { if (afterReset) parts.push(c); });
  d.on('end', () => {
    const packed = Buffer.concat(parts);
    console.log('after reset declares', (packed[1] & 0x20) !== 0, zlib.inflateSync(packed, { dictionary: dict }).toString() === input);
  });
  d.write(input);
  d.flush(() => { d.reset(); afterReset = true; d.end(input); });
})();
