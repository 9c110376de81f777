// Web stream objects nested past util.inspect's depth print as undefined in node 20 (its inspect helper
// returns the `this` of a plain call); at the top level depth -1 does the same.
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');
const util = require('util');
let tc;
const ts = new TransformStream({ start(c) { tc = c; } });
console.log(tc);
console.log(util.inspect(new ReadableStream(), { depth: -1 }));
console.log(util.inspect([new ReadableStream(), new WritableStream()], { depth: 0 }));
console.log(util.inspect({ ts }, { depth: 1 }));
console.log(util.inspect({ ts }, { depth: 2 }));
