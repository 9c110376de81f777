// crypto.fips (DEP0093) is deprecated in node 20's documentation only: reading or setting it
// to false emits no warning; its accessors are getFips/setFips.
const crypto = require('crypto');
process.on('warning', (w) => console.log('warning', w.name, w.code));
console.log(crypto.fips, crypto.getFips());
crypto.fips = false;
const d = Object.getOwnPropertyDescriptor(crypto, 'fips');
console.log(d.get.name, d.set.name, d.enumerable, d.configurable);
setTimeout(() => console.log('done'), 1);
