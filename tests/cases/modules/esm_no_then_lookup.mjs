// Nothing rjs's ES module loader does reads `then` from an ordinary object (node's test-esm-
// prototype-pollution): an Object.prototype.then getter stays unread by import() of a data: URL
// or a built-in, and by the entry module finishing.
const reads = [];
Object.defineProperties(Array.prototype, { then: {} });
Object.defineProperties(Object.prototype, {
  then: { set() { reads.push('set'); }, get() { reads.push('get'); return undefined; } },
});
process.on('exit', () => console.log('then reads:', reads.length));
await import('data:text/javascript,export default 1');
await import('node:path');
console.log('imported');
