// vm.compileFunction: frames on the body's first line count columns from the body (after any
// other function compiled under the same name with other parameters), moved on by columnOffset.
const vm = require('vm');
const frame = (fn) => { try { fn(); } catch (e) { return e.stack.split('\n')[1]; } };
vm.compileFunction('return p + q', ['p', 'q']);
console.log(frame(vm.compileFunction('throw new Error("x")')));
console.log(frame(vm.compileFunction('  throw new Error("x")', ['alpha', 'beta'])));
console.log(frame(vm.compileFunction('throw new Error("x")', [], { columnOffset: 3 })));
console.log(frame(vm.compileFunction('throw new Error("x")', [], { lineOffset: 3 })));
console.log(frame(vm.compileFunction('throw new Error("x")', [], { filename: 'named.js' })));
console.log(frame(vm.compileFunction('\n  throw new Error("x")', ['a'], { filename: 'named.js', columnOffset: 2 })));
console.log(frame(vm.compileFunction('return a + 1;\nthrow new Error("y")', [], { contextExtensions: [{ a: 1 }] })) || 'no throw');
console.log(frame(vm.compileFunction('throw new Error("z")', [], { contextExtensions: [{ a: 1 }] })));
