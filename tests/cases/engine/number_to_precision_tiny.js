// Number.prototype.toPrecision of numbers below 1e-100 (subnormals included) and of numbers
// whose digits reach past 100 decimal places.
for (const v of [5e-324, 1e-323, 2.5e-320, 1e-310, 2.2250738585072014e-308, 1e-300, 1.234e-150, 9.99e-101, 1e-100, 1.5e-95, 0.000123456789, 0.1, 0.5, 0.05, 1e-7]) {
  console.log(v.toPrecision(1), v.toPrecision(3), v.toPrecision(21), v.toPrecision(100), (-v).toPrecision(5));
}
