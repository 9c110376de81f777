// Buffer.from and Buffer.byteLength accept an ArrayBuffer made in another vm context.
const vm = require('vm');
const ab = vm.runInNewContext('const a = new ArrayBuffer(4); new Uint8Array(a).set([1, 2, 3, 4]); a');
console.log(ab instanceof ArrayBuffer);
const b = Buffer.from(ab, 1, 2);
console.log(b.toString('hex'), b.buffer === ab);
console.log(Buffer.from(ab).length, Buffer.byteLength(ab));
console.log(Buffer.from({ buffer: ab }).length);
