// Errors from Buffer's argument checks start at node's frame for them (Function.alloc/
// allocUnsafe/allocUnsafeSlow at their validateNumber line, Function.from, Buffer.toString,
// Buffer.write, fromString + Function.from), without rjs's helper or validator frames, at full
// Error.stackTraceLimit.
const frames = (e) => e.stack.split('\n').slice(1).filter((l) => l.includes('(node:buffer')).map((l) => l.trim());
const cases = {
  allocNegative: () => Buffer.alloc(-1),
  allocString: () => Buffer.alloc('x'),
  allocUnsafe: () => Buffer.allocUnsafe(-5),
  allocUnsafeSlow: () => Buffer.allocUnsafeSlow(2 ** 40),
  fromNumber: () => Buffer.from(123),
  fromObject: () => Buffer.from({}),
  toStringEncoding: () => Buffer.from('x').toString('bogus'),
  writeEncoding: () => Buffer.alloc(4).write('x', 'bogus'),
  fromEncoding: () => Buffer.from('x', 'bogus'),
};
for (const [name, f] of Object.entries(cases)) {
  try { f(); } catch (e) { console.log(name, e.code, frames(e), e.stack.split('\n').length); }
}
Error.stackTraceLimit = 1;
try { Buffer.alloc(-1); } catch (e) { console.log(e.stack.split('\n').slice(1)); }
