// Closures: counters, higher-order functions, currying, recursion.
function makeCounter() { let c = 0; return () => ++c; }
const compose = (...fns) => (x) => fns.reduceRight((v, f) => f(v), x);
const add = (a) => (b) => a + b;
let total = 0;
for (let i = 0; i < 20000; i++) {
  const c = makeCounter();
  c(); c();
  const f = compose(add(i), (x) => x * 2, add(1));
  total = (total + f(c())) % 1000000007;
}
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(total, fib(22));
