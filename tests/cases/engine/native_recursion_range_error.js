// Built-ins that recurse on the host stack without running JS (JSON.stringify, join/toString
// of nested arrays, flat, the parser through eval/new Function) handle moderate nesting and
// throw V8's catchable RangeError for extreme nesting (rjs trapped: an uncatchable crash).
function nest(n, mk) { let v = 0; for (let i = 0; i < n; i++) v = mk(v); return v; }
const tries = {
  'JSON.stringify arrays': (n) => JSON.stringify(nest(n, (v) => [v])).length,
  'JSON.stringify objects': (n) => JSON.stringify(nest(n, (v) => ({ a: v }))).length,
  'JSON.stringify indented': (n) => JSON.stringify(nest(n, (v) => ({ a: [v] })), null, 1).length,
  'join': (n) => nest(n, (v) => [v, 1]).join('-').length,
  'String(array)': (n) => String(nest(n, (v) => [v, 1])).length,
  'template of array': (n) => `${nest(n, (v) => [1, v])}`.length,
  'flat(Infinity)': (n) => nest(n, (v) => [v, 1]).flat(Infinity).length,
  'eval parentheses': (n) => eval('('.repeat(n) + '1' + ')'.repeat(n)),
  'eval arrays': (n) => eval('['.repeat(n) + ']'.repeat(n)).length,
  'new Function ternaries': (n) => new Function('x', 'return ' + 'x ? 1 : '.repeat(n) + '0')(0),
};
for (const [name, f] of Object.entries(tries)) {
  const out = [];
  for (const n of [10, 50, 100, 1e5]) {
    try { out.push(f(n)); } catch (e) { out.push(e.name + ': ' + e.message); }
  }
  console.log(name, out.join(' | '));
}
let depth = 0;
function recurse() { depth++; JSON.stringify([[[[1]]]]); recurse(); }
try { recurse(); } catch (e) { console.log('mixed recursion', e.name, e.message, depth > 100); }
console.log(JSON.stringify(nest(300, (v) => [v])).length, nest(150, (v) => [v, 2]).join().length);
