// An uncaught out-of-bounds read is reported at node's internal/buffer source line (first stderr line
// "node:internal/buffer:86"), exit code 1.
console.log('reading');
Buffer.alloc(2).readUInt32LE(0);
