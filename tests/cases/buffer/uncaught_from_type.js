// An uncaught error thrown by node:buffer's own code is reported with node's throw site
// (node:buffer:322 for Buffer.from's type check) before the stack.
console.log('before');
Buffer.from(5);
