const t = setTimeout(() => console.log('never'), 100000);
console.log(t.hasRef());
t.unref();
console.log(t.hasRef());
const i = setInterval(() => {
  console.log('interval', ++n);
  if (n === 3) clearInterval(i);
}, 1);
let n = 0;
const r = setTimeout(() => console.log('refreshed fired'), 20);
setTimeout(() => r.refresh(), 10);
const c = setTimeout(() => console.log('cleared'), 1);
clearTimeout(c);
setTimeout((a, b) => console.log('args', a, b), 500, 'x', 'y');
const im = setImmediate(() => console.log('cleared immediate'));
clearImmediate(im);
console.log(typeof t.ref, typeof t[Symbol.toPrimitive]);
