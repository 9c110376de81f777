// An error's stack is formatted on first access and kept, as in V8: a message changed before
// that access shows, one changed after does not.
const e = new Error('a'); e.message = 'b'; console.log(e.stack.split('\n')[0]);
const e2 = new Error('a'); e2.stack; e2.message = 'b'; console.log(e2.stack.split('\n')[0]);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
console.log(new MyErr('x').stack.split('\n')[0]);
const e3 = new TypeError('t'); e3.name = 'Custom'; console.log(e3.stack.split('\n')[0]);
