const { Readable, Transform, Duplex } = require('stream');
const mk = () => new Transform({ writableObjectMode: true, transform(c, e, cb) { cb(null, 'T:' + JSON.stringify(c) + '\n'); } });
const c = Readable.from([{ a: 1 }, { b: 2 }]).compose(function (src) { console.log('fn called with', typeof src, src?.constructor?.name, arguments.length); return mk(); });
c.on('data', (d) => console.log('data', String(d).trim()));
c.on('end', () => console.log('end'));
const d = Duplex.from(function (src) { return mk(); });
console.log('Duplex.from ->', d.constructor.name, d === undefined);
const t = new Transform();
console.log('same stream', Duplex.from(() => t) === t);
