// Objects and method calls: a small vector class, prototype methods, property access.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  scale(k) { return new Vec(this.x * k, this.y * k); }
  dot(o) { return this.x * o.x + this.y * o.y; }
}
let acc = new Vec(0, 0);
let sum = 0;
for (let i = 0; i < 200000; i++) {
  const v = new Vec(i % 7, i % 11);
  acc = acc.add(v.scale(0.5));
  sum += v.dot(acc) % 1000;
}
console.log(Math.round(acc.x), Math.round(acc.y), Math.round(sum));
