// stream-adventure "duplexer" and "duplexer redux" ideas without a child process: Duplex.from a
// readable/writable pair, an object-mode counting Transform whose flush pushes the tally, and
// Duplex.from an async generator.
const { Duplex, PassThrough, Readable, Transform, pipeline } = require('stream');
const readable = new PassThrough();
const writable = new PassThrough();
const d = Duplex.from({ readable, writable });
writable.on('data', (c) => readable.write(String(c).split('').reverse().join('')));
writable.on('end', () => readable.end());
let out = '';
d.on('data', (c) => (out += c));
d.on('end', () => console.log('duplex out', JSON.stringify(out)));
d.write('abc'); d.end('def');
const counts = {};
const t = new Transform({ objectMode: true, transform(row, e, cb) { counts[row.country] = (counts[row.country] || 0) + 1; cb(); }, flush(cb) { this.push(counts); cb(); } });
pipeline(Readable.from([{ country: 'NZ' }, { country: 'AU' }, { country: 'NZ' }]), t, async function* (src) { for await (const c of src) console.log('counts', c); }, (err) => console.log('done', err));
const fromFn = Duplex.from(async function* (src) { for await (const c of src) yield String(c).toUpperCase(); });
Readable.from(['x', 'y']).pipe(fromFn).on('data', (c) => console.log('fromFn', String(c)));
