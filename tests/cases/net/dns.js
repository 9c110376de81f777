// dns.lookup for IP literals and localhost; promises API; argument errors.
const dns = require('dns');
dns.lookup('127.0.0.1', (err, address, family) => console.log('lookup ip', err, address, family));
dns.lookup('::1', { all: true }, (err, list) => console.log('lookup all', err, list));
dns.lookup('localhost', { family: 4 }, (err, address, family) => console.log('localhost v4', err, address, family));
dns.promises.lookup('127.0.0.1').then((r) => console.log('promise', r));
require('dns/promises').lookup('10.0.0.1', { all: true }).then((r) => console.log('dns/promises', r));
try { dns.lookup(42, () => {}); } catch (e) { console.log(e.code, e.message); }
try { dns.lookup('x', { family: 5 }, () => {}); } catch (e) { console.log(e.code, e.message); }
try { dns.lookup('x'); } catch (e) { console.log(e.code, e.message); }
