// Errors thrown by vm code: the caret points at the throw statement (V8's message location),
// and lineOffset/columnOffset shift the positions of the first line in stacks.
const vm = require('vm');
function show(f) {
  try { f(); } catch (e) {
    const lines = String(e.stack).split('\n');
    console.log(JSON.stringify(lines.slice(0, lines.findIndex((l) => /^\s+at /.test(l)) + 1)));
  }
}
show(() => vm.runInNewContext(' throw new Error()', {}, { filename: 'e.js', lineOffset: 32, columnOffset: 123 }));
show(() => vm.runInNewContext('var x = 1;\n  throw new Error("a")', {}, { filename: 'e.js' }));
show(() => vm.runInNewContext('var e = new Error("a");\n\nthrow e', {}, { filename: 'e.js' }));
show(() => vm.runInNewContext('function f() { throw new TypeError("t"); }\nf()', {}, { filename: 'e.js', columnOffset: 5 }));
show(() => vm.runInNewContext('undefinedFn()', {}, { filename: 'e.js', columnOffset: 5 }));
show(() => new vm.Script('\n  null.x', { filename: 'n.js', columnOffset: 9 }).runInThisContext());
show(() => vm.compileFunction('throw new Error("x")', [], { filename: 'cf.js', lineOffset: 3 })());
show(() => vm.compileFunction('\n  throw new Error("x")', ['a'], { filename: 'cf.js' })());
console.log(JSON.stringify(vm.compileFunction('return 1', [], { lineOffset: 3 }).toString()));
console.log(JSON.stringify(vm.compileFunction('return a', ['a', 'b'], { lineOffset: 1, contextExtensions: [{}] }).toString()));
console.log(vm.runInNewContext('(function  f() {})', {}, { columnOffset: 2 }).toString());
console.log(vm.runInNewContext('#!/usr/bin/env x\n1 + 1', {}, { columnOffset: 2 }));
