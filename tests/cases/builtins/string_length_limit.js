// Strings longer than V8's limit (2^29 - 24) throw RangeError: Invalid string length (no crash).
let s = 'x';
try { for (let i = 0; i < 40; i++) s += s; } catch (e) { console.log(e.name, e.message, s.length); }
for (const f of [() => 'ab'.repeat(2 ** 28), () => 'x'.repeat(2 ** 30), () => 'x'.padStart(2 ** 30),
  () => `${'x'.repeat(2 ** 28)}${'y'.repeat(2 ** 28)}`, () => 'x'.repeat(2 ** 28).concat('y'.repeat(2 ** 28)),
  () => ['x'.repeat(2 ** 28), 'y'.repeat(2 ** 28)].join('')]) {
  try { console.log(f().length); } catch (e) { console.log(e.name, e.message); }
}
console.log('x'.repeat(2 ** 27).length, 'ab'.repeat(3), 'abc'.repeat(0) === '', '😀'.repeat(3).length);
