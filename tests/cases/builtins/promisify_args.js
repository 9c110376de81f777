// util.promisify of fs.read/readv/write/writev and dns.lookup resolves objects named as node's
// customPromisifyArgs (fs.writev's second name is 'buffer', as node).
const util = require('util'); const dns = require('dns'); const fs = require('fs');
(async () => {
  console.log(typeof dns.lookup[util.promisify.custom], Object.getOwnPropertySymbols(fs.read).map(String), Object.getOwnPropertySymbols(dns.lookup).map(String));
  console.log(JSON.stringify(await util.promisify(dns.lookup)('localhost', { family: 4 })), JSON.stringify(await util.promisify(dns.lookup)('127.0.0.1', { all: true })));
  const fd = fs.openSync(__filename, 'r');
  const r = await util.promisify(fs.read)(fd, Buffer.alloc(5), 0, 5, 0); console.log(Object.keys(r), r.bytesRead, r.buffer.toString());
  const rv = await util.promisify(fs.readv)(fd, [Buffer.alloc(2), Buffer.alloc(3)], 0); console.log(Object.keys(rv), rv.bytesRead, rv.buffers.map(String));
  const w = await util.promisify(fs.write)(1, ''); console.log(Object.keys(w), w.bytesWritten, w.buffer);
  const wv = await util.promisify(fs.writev)(1, [Buffer.from('')]); console.log(Object.keys(wv), wv.bytesWritten);
  fs.closeSync(fd);
})();
