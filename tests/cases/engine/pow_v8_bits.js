// Math.pow and ** give V8's results bit for bit (V8 uses its own fdlibm-derived pow, whose
// last bit differs from the C library's for about one input in ten).
const inputs = [
  [10, -5], [1.1, 10], [0.1, 3], [2, 0.5], [7, 0.5], [3, 40], [10, 21], [10, -300], [10, 308],
  [1.0000001, 1e7], [7.313331365585327, -2.679731845855713], [6.9, -17], [2.5, 3.7], [0.3, -2.2],
  [123.456, 1.5], [-8, 3], [-2.5, -3], [-8, 1 / 3], [2, -1074], [2, -1075], [2, 1023.5], [9.99, 99],
  [1e-310, 0.5], [5e-324, -0.5], [0.999999, 1e9], [1.000001, -1e9], [Math.E, Math.PI], [Math.PI, Math.E],
  [NaN, 0], [1, Infinity], [-1, -Infinity], [1, NaN], [0, -1], [-0, -1], [-0, 3], [-Infinity, 3], [-Infinity, 2],
];
for (const [x, y] of inputs) console.log(x, y, Math.pow(x, y), x ** y);
let x = 1.5, acc = [];
for (let i = -20; i <= 20; i += 3) acc.push(x ** i);
console.log(acc.join(' '));
let sum = 0;
for (let i = 1; i <= 200; i++) sum += Math.pow(i / 7, 2.3) + (i * 0.37) ** -1.7;
console.log(sum);
const ints = [];
for (let i = 2; i < 12; i++) ints.push(i ** 19, (-i) ** 21, i ** -3);
console.log(ints.join(','));
let y = 10; y **= -5; console.log(y, 10 ** -5 === 0.00001, (0.1) ** 2 === 0.010000000000000002);
