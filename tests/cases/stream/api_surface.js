// The shape of the stream classes as node 20 has it: accessors on the prototypes are
// non-configurable, web stream methods/accessors are enumerable (WebIDL), controller constructors
// take no declared arguments, TextEncoderStream/TextDecoderStream have no toStringTag,
// _read/_transform lengths, legacy Stream's own eventNames, and the well-known keys
// stream.isErrored/isReadable read on web streams.
const s = require('stream');
const web = require('stream/web');
function desc(o) {
  return Reflect.ownKeys(o).filter((k) => typeof k === 'string').sort().map((k) => {
    const d = Object.getOwnPropertyDescriptor(o, k);
    const kind = d.get || d.set ? `acc(${!!d.get},${!!d.set})` : typeof d.value === 'function' ? `fn${d.value.length}` : typeof d.value;
    return `${k}:${kind}:${d.enumerable ? 'e' : ''}${d.configurable ? 'c' : ''}${d.writable ? 'w' : ''}`;
  }).join(' ');
}
for (const k of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream']) console.log(k, desc(s[k].prototype));
for (const k of Object.keys(web).sort()) console.log(k, web[k].length, desc(web[k].prototype));
console.log(Object.keys(web.ReadableStream), Object.prototype.toString.call(new web.TextEncoderStream()));
const st = new s.Stream();
st.on('x', () => {});
console.log(st.eventNames());
const rs = new web.ReadableStream();
console.log(rs[Symbol.for('nodejs.stream.readable')], rs[Symbol.for('nodejs.stream.errored')], rs[Symbol.for('nodejs.stream.disturbed')]);
