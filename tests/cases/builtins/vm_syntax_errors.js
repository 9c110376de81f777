// vm syntax errors as V8 words them (message, "file:line", source line and caret in the stack),
// for Script, runIn*Context and compileFunction.
const vm = require('vm');
function show(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(JSON.stringify(e.message), e.name, e instanceof SyntaxError);
    const lines = String(e.stack).split('\n');
    const at = lines.findIndex((l) => l.startsWith('SyntaxError'));
    console.log(JSON.stringify(lines.slice(0, at + 1)));
  }
}
show(() => new vm.Script('var = 1', { filename: 'f.js' }));
show(() => new vm.Script('foo(', { filename: 'x.js' }));
show(() => new vm.Script('let a = 1;\nlet a = 2;', { filename: 'd.js' }));
show(() => vm.runInNewContext('x = {', {}, 'n.js'));
show(() => vm.runInThisContext('a b c', 't.js'));
show(() => vm.runInNewContext('"unterminated', {}));
show(() => vm.runInNewContext('var s = 1;\nvar t = \'open', {}, 'u.js'));
show(() => vm.compileFunction('a b', [], { filename: 'cf.js' }));
show(() => vm.compileFunction('x y', ['p', 'q'], { filename: 'cf2.js', contextExtensions: [{}] }));
show(() => new vm.Script('\n\n  if (', { filename: 'multi.js', lineOffset: 3 }));
show(() => new vm.Script('a b', { filename: 's.js', columnOffset: 4, lineOffset: 2 }));
show(() => vm.runInNewContext('await 1'));
show(() => vm.runInNewContext('return 1'));
show(() => vm.runInNewContext('1 +* 2'));
show(() => vm.runInNewContext('if (x) 5 5'));
show(() => vm.runInNewContext('var x = "a" "b"'));
// A body cannot close the wrapper early and run code outside it.
globalThis.ran = false;
for (const body of ['});\nglobalThis.ran = true;\n(function() {', '}), (function() {']) {
  try { vm.compileFunction(body); } catch (e) { console.log(e.name, e.message); }
}
console.log('ran', globalThis.ran);
