// writeBigInt64BE with a Number: V8's TypeError from node's internal/buffer line, as node reports it.
try { Buffer.alloc(8).writeBigInt64LE(1); } catch (e) { console.log(e.name, e.message); }
Buffer.alloc(8).writeBigInt64BE(1);
