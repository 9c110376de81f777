// console.log(require('stream')) as node 20 shows it: eos exported as finished (with its promise form
// eos.finished), destroyer as destroy, statics in node's order, getters named 'get', node's function names.
const stream = require('stream');
console.log(stream);
console.log(stream.finished.finished === require('stream/promises').finished);
const names = [];
for (const C of [stream.Readable, stream.Writable, stream.Transform]) {
  for (const k of Object.getOwnPropertyNames(C.prototype).sort()) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, k);
    names.push(`${C.name}.${k}=${d.get ? d.get.name : d.value && d.value.name}`);
  }
}
console.log(names.join(' '));
