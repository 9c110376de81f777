// process.stdout redefined before the first console.log: console writes to the replacement.
const { Writable } = require('stream');
const captured = [];
const fake = new Writable({ write(c, e, cb) { captured.push(String(c)); cb(); } });
const real = process.stdout;
Object.defineProperty(process, 'stdout', { value: fake, configurable: true, writable: true });
console.log('to fake');
console.info({ a: [1, 2] });
real.write(JSON.stringify(captured) + '\n');
