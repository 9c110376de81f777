// Streamed deflate output equals node's byte for byte: many small writes, flush() with
// Z_SYNC_FLUSH / Z_FULL_FLUSH / Z_PARTIAL_FLUSH between them, params() mid-stream, a preset
// dictionary, level 0 (stored blocks), gzip and raw framing, and sync calls with chunkSize.
const zlib = require('zlib');
const crypto = require('crypto');
let seed = 11;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const words = 'get set put post head body html div span class id style script link meta title'.split(' ');
let s = '';
while (s.length < 90000) s += '<' + words[Math.floor(rnd() * words.length)] + ' ' + words[Math.floor(rnd() * words.length)] + '="' + Math.floor(rnd() * 500) + '">' + (rnd() < 0.1 ? '\n' : '');
const data = Buffer.from(s.slice(0, 90000));
const md5 = (b) => crypto.createHash('md5').update(b).digest('hex').slice(0, 12);
const K = zlib.constants;

function run(label, make, steps) {
  return new Promise((resolve) => {
    const z = make();
    const bufs = [];
    z.on('data', (b) => bufs.push(b));
    z.on('end', () => {
      const all = Buffer.concat(bufs);
      console.log(label, all.length, md5(all));
      resolve();
    });
    let i = 0;
    const next = () => {
      if (i === steps.length) return z.end();
      const st = steps[i++];
      if (st.write) z.write(st.write, next);
      else if (st.flush !== undefined) z.flush(st.flush, next);
      else if (st.params) z.params(st.params[0], st.params[1], next);
    };
    next();
  });
}

const chunks = (buf, n) => { const out = []; for (let o = 0; o < buf.length; o += n) out.push({ write: buf.subarray(o, o + n) }); return out; };
(async () => {
  for (const level of [0, 1, 2, 4, 6, 9]) {
    await run(`chunks L${level}`, () => zlib.createDeflate({ level }), chunks(data, 7000));
    await run(`sync L${level}`, () => zlib.createDeflateRaw({ level }), [
      { write: data.subarray(0, 1000) }, { flush: K.Z_SYNC_FLUSH },
      { write: data.subarray(1000, 1003) }, { flush: K.Z_SYNC_FLUSH },
      { write: data.subarray(1003, 40000) }, { flush: K.Z_SYNC_FLUSH }, { flush: K.Z_SYNC_FLUSH },
      { write: data.subarray(40000) },
    ]);
  }
  await run('full flush', () => zlib.createGzip({ level: 6 }), [
    { write: data.subarray(0, 30000) }, { flush: K.Z_FULL_FLUSH }, { write: data.subarray(30000, 60000) }, { flush: undefined }, { write: data.subarray(60000) },
  ].map((st) => (st.flush === undefined && !st.write ? { flush: K.Z_FULL_FLUSH } : st)));
  await run('partial flush', () => zlib.createDeflate({ level: 3 }), [
    { write: data.subarray(0, 5000) }, { flush: K.Z_PARTIAL_FLUSH }, { write: data.subarray(5000, 20000) }, { flush: K.Z_BLOCK }, { write: data.subarray(20000) },
  ]);
  await run('params', () => zlib.createDeflate({ level: 1 }), [
    { write: data.subarray(0, 20000) }, { params: [9, 0] }, { write: data.subarray(20000, 50000) }, { params: [4, 1] }, { write: data.subarray(50000, 70000) }, { params: [2, 3] }, { write: data.subarray(70000) },
  ]);
  await run('dictionary', () => zlib.createDeflate({ level: 6, dictionary: data.subarray(0, 2000) }), chunks(data.subarray(1000, 30000), 3000));
  await run('big dictionary', () => zlib.createDeflateRaw({ level: 9, windowBits: 10, dictionary: data.subarray(0, 1500) }), chunks(data.subarray(500, 9000), 1000));
  for (const chunkSize of [64, 1024, 16384]) {
    const a = zlib.deflateSync(data, { level: 0, chunkSize });
    const b = zlib.deflateSync(data, { level: 6, chunkSize });
    console.log('chunkSize', chunkSize, a.length, md5(a), b.length, md5(b));
  }
  console.log('finishFlush', md5(zlib.deflateSync(data.subarray(0, 9000), { finishFlush: K.Z_SYNC_FLUSH })));
})();
