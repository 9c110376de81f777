// dns.lookup of a name whose ASCII (IDNA) form passes 255 bytes fails with getaddrinfo EINVAL (libuv
// refuses it before asking), shorter ones with ENOTFOUND; callback, promise and net.connect forms.
const dns = require('dns');
const names = [
  'a'.repeat(63) + '.invalid', 'c'.repeat(256), '*'.repeat(256), ('d'.repeat(50) + '.').repeat(5) + 'x'.repeat(5),
  ('d'.repeat(50) + '.').repeat(5) + 'x'.repeat(6), 'é'.repeat(300),
];
(async () => {
  for (const n of names) {
    await new Promise((resolve) => {
      let sync = true;
      dns.lookup(n, (err, a) => {
        console.log(n.length, sync ? 'sync' : 'async', err ? [err.code, err.errno, err.syscall, err.hostname === n, err.message.length] : a);
        resolve();
      });
      sync = false;
    });
  }
})();
setTimeout(async () => {
  for (const n of ['e'.repeat(256), 'é'.repeat(300)]) {
    try { await dns.promises.lookup(n); } catch (e) { console.log('promise', e.code, e.errno, e.syscall, e.message.length, e.hostname.length); }
  }
  const s = require('net').connect(80, 'f'.repeat(300));
  s.on('lookup', (err, ip, type, host) => console.log('lookup event', err.code, ip, type, host.length));
  s.on('error', (e) => console.log('connect error', e.code, e.syscall, e.message.length));
}, 200);
