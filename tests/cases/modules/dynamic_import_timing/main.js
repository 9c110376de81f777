// import() of an ES module (or JSON) file not loaded before settles after node's asynchronous
// read of it (fs/promises readFile: open, fstat, read, close: loop turns), so a zero timeout and
// an immediate come first; a CommonJS file, a built-in and a module loaded before settle in
// microtasks. (rjs settled them all at once.)
import('./x.mjs').then(() => {
  console.log('import x done');
  import('./x.mjs').then(() => console.log('x again'));
  Promise.resolve().then(() => console.log('micro after x again'));
  setImmediate(() => {
    console.log('immediate after x again');
    import('./d.json', { with: { type: 'json' } }).then((m) => console.log('import json done', m.default.a));
    setImmediate(() => console.log('immediate after json import'));
  });
});
import('./c.cjs').then(() => console.log('import cjs done'));
import('node:path').then(() => console.log('import builtin done'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
