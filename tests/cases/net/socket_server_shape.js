// Own properties and getters of fresh net.Socket / net.Server as node has them; net._normalizeArgs.
const net = require('net');
const s = new net.Socket();
console.log(Object.keys(s).filter((k) => !k.startsWith('_')));
console.log(s.bytesRead, s.bytesWritten, s.bufferSize, s.timeout, Object.getOwnPropertyDescriptor(net.Socket.prototype, 'bytesRead') !== undefined);
const sv = net.createServer({ keepAliveInitialDelay: 2500, highWaterMark: 100 });
console.log(Object.keys(sv).filter((k) => !k.startsWith('_')), sv.keepAliveInitialDelay, sv.highWaterMark, sv.maxConnections);
console.log(net.createServer().highWaterMark);
const cb = () => {};
for (const args of [[], [80], ['80', 'h'], ['/tmp/sock'], [{ port: 1 }, cb], [81, 'h', cb], [null]]) {
  const r = net._normalizeArgs(args);
  console.log(JSON.stringify(r[0]), r[1] === cb, r.length);
}
for (const v of [0, 5, 2 ** 31, 2.5]) {
  try { net.setDefaultAutoSelectFamilyAttemptTimeout(v); console.log(v, net.getDefaultAutoSelectFamilyAttemptTimeout()); } catch (e) { console.log(v, e.code, e.message); }
}
