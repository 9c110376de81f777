// TextEncoder/TextDecoder past util.inspect's depth print as node's: '[TextEncoder]', '[Sub [TextEncoder]]'.
const util = require('util');
class X extends TextEncoder {}
const te = new TextEncoder();
console.log(util.inspect(te, { depth: -1 }), util.inspect([te], { depth: 0 }), util.inspect({ a: [new X()] }, { depth: 1 }), util.inspect(new X()), util.inspect([new TextDecoder()], { depth: 0 }));
class Y extends TextDecoder {}
console.log(util.inspect([new Y()], { depth: 0 }), util.inspect(new Y('utf-16le')), util.inspect(new Y(), { depth: -1 }));
