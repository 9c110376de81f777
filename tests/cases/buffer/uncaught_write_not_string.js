// write() with a non-string checks the offset, then the encoding, then the string (node's order);
// an uncaught one shows node's line that called the C++ writer.
const show = (f) => { try { f(); } catch (e) { console.log(e.code, e.message); } };
show(() => Buffer.alloc(2).write(5, 9));
show(() => Buffer.alloc(2).write(5, 0, 1, 'bad'));
show(() => Buffer.alloc(2).write(5, 'hex'));
show(() => Buffer.alloc(2).write(5));
Buffer.alloc(2).write(5, 'ucs-2');
