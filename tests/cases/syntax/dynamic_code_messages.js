// SyntaxErrors of eval, indirect eval, new Function and vm.Script: V8's words, no position
// suffix (node: `Identifier 'y' has already been declared`, not `... at line 1, col 16`).
const vm = require('vm');
const sources = [
  'let y = 1; let y = 2;',
  'a b',
  'x 1',
  "x 'a'",
  'x .5',
  'var `t`',
  'x true',
  'x this',
  'x let',
  'x await',
  'x }',
  'if (',
  "'abc",
  '/* abc',
  '`abc',
  'foo(1, 2;',
  'f(/re/ 1)',
  "import x from 'y'",
  'export default 1',
  '++1',
  '1--',
  'try {} x',
  'switch (1) { default: default: }',
  'let [a, ...b,] = []',
  'const {...a, b} = {}',
  '({get x(a){}})',
  '({set x(){}})',
  'class A { get x(a) {} }',
  'class A { constructor = 1 }',
  'a: { continue a; }',
  'for (;;) { continue foo; }',
  'x = /a/gg',
  'x = /abc\n/',
  'function () {}',
  'async function f(await) {}',
  'function* g(yield) {}',
  'class A { #x; #x; }',
  '({a = 1})',
  'const x;',
  '"use strict"; var x; delete x;',
  'new.target',
  'super.x',
];
function message(f) {
  try { f(); return 'ok'; } catch (e) { return `${e.name}: ${e.message}`; }
}
for (const src of sources) {
  console.log(JSON.stringify(src));
  console.log('  eval     ', message(() => eval(src)));
  console.log('  indirect ', message(() => (0, eval)(src)));
  console.log('  Function ', message(() => new Function(src)));
  console.log('  vm.Script', message(() => new vm.Script(src)));
}
// (a direct eval's undeclared private name: Boa's bytecompiler words it)
console.log(message(() => (0, eval)('this.#x')), '|', message(() => new Function('class A { m() { return this.#y; } }')));
console.log(message(() => new Function('a,', 'return a')));
console.log(message(() => new Function('a = ', 'return a')));
