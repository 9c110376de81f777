// A zlib stream whose output fills its buffer while the readable side is full waits for a read
// before producing the rest and completing the chunk, as node's processCallback: end()'s callback
// does not run until someone reads.
const zlib = require('zlib');
const d = zlib.createDeflate({ level: 0 });
let ended = false;
d.end(Buffer.alloc(40000, 1), () => { ended = true; console.log('end cb'); });
setTimeout(() => {
  console.log('before read', ended, d.readableLength);
  d.on('data', (c) => console.log('data', c.length));
  d.on('end', () => console.log('end'));
}, 100);
