// TextDecoder options accept any object (arrays, functions); TextEncoder's inspect checks its
// receiver; latin1 labels decode as ISO-8859-1 until the decoder streams, then as windows-1252.
const util = require('util');
const r = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const cp = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(',');
for (const o of [1, 'x', true, null, undefined, [], () => {}, Object.assign(() => {}, { fatal: true }), Object.assign([], { ignoreBOM: true })]) {
  console.log('ctor', r(() => { const d = new TextDecoder('utf-8', o); return [d.fatal, d.ignoreBOM]; }));
}
for (const o of [[], () => {}, 1, null, { stream: true }]) {
  console.log('decode', r(() => new TextDecoder('utf-16le').decode(new Uint8Array([0x61, 0]), o)),
    r(() => new TextDecoder('shift_jis').decode(new Uint8Array([0x61]), o)), r(() => new Event('x', o).type));
}
const inspect = TextEncoder.prototype[util.inspect.custom];
for (const t of [{}, null, 1, new TextDecoder()]) console.log('inspect', r(() => inspect.call(t, 1, {})));
console.log(util.inspect(new TextEncoder()));
const high = new Uint8Array([0x80, 0x81, 0x8a, 0x9f, 0xa0, 0xff]);
for (const enc of ['latin1', 'windows-1252', 'ascii']) {
  const d = new TextDecoder(enc);
  console.log(enc, d.encoding, cp(d.decode(high)), cp(d.decode(high, { stream: false })), cp(d.decode(high, { stream: true })), cp(d.decode(high)));
  console.log(' fatal', cp(new TextDecoder(enc, { fatal: true }).decode(high, { stream: true })), r(() => new TextDecoder(enc).decode(5)),
    r(() => new TextDecoder(enc).decode(5, { stream: true })));
}
// node 20 reads fatal, ignoreBOM, then ignoreBOM, fatal (none for an unsupported label).
const reads = [];
const spy = { get fatal() { reads.push('fatal'); return 1; }, get ignoreBOM() { reads.push('ignoreBOM'); return 0; } };
const d16 = new TextDecoder('utf-16le', spy);
console.log(reads.join(','), d16.fatal, d16.ignoreBOM, r(() => new TextDecoder('nope', spy)), reads.length);
