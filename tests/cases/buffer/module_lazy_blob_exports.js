// buffer's Blob/resolveObjectURL/File are enumerable lazy accessors (after INSPECT_MAX_BYTES) until
// first read, as node's defineLazyProperties makes them; reading one turns it into a data property.
const buffer = require('buffer');
const keys = Object.keys(buffer);
console.log(keys.slice(keys.indexOf('INSPECT_MAX_BYTES')));
const d = Object.getOwnPropertyDescriptor(buffer, 'File');
console.log(typeof d.get, d.get.name, d.set.name, d.enumerable, d.configurable);
console.log(buffer.Blob === Blob, typeof buffer.resolveObjectURL, buffer.resolveObjectURL.name);
console.log(Object.getOwnPropertyDescriptor(buffer, 'Blob'));
console.log(buffer.File.name, Object.keys(Object.getOwnPropertyDescriptor(buffer, 'File')));
buffer.resolveObjectURL = 1;
console.log(Object.getOwnPropertyDescriptor(buffer, 'resolveObjectURL'));
console.log(require('util').inspect(require('buffer'), { depth: 0 }).split('\n').slice(-5).join('\n'));
