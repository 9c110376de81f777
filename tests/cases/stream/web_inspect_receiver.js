// inspect.custom of the text and compression streams brand-checks its receiver (ERR_INVALID_THIS),
// also for a plain call with no receiver.
const util = require('util');
for (const C of [CompressionStream, DecompressionStream, TextEncoderStream, TextDecoderStream]) {
  for (const self of [undefined, {}]) {
    try {
      console.log(C.name, C.prototype[util.inspect.custom].call(self, 2, {}));
    } catch (e) {
      console.log(C.name, e.name, e.code, e.message);
    }
  }
}
console.log(util.inspect(new TextDecoderStream('utf-16le', { fatal: true })));
console.log(util.inspect(new CompressionStream('gzip'), { depth: 0 }));
