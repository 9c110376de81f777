// Stack frames as V8 prints them: the callee's position for calls (not the parenthesis), a
// module's top-level code as `Object.<anonymous>`, anonymous functions without a name, and the
// CommonJS loader's frames under node's names.
function thrower() { throw new Error('x'); }
function frames(e, n) { return e.stack.split('\n').slice(0, n).map((l) => l.replace(__dirname, '<dir>')).join('\n'); }
try {   thrower(  ); } catch (e) { console.log(frames(e, 3)); }
try { [1].forEach(() => { thrower(); }); } catch (e) { console.log(frames(e, 3)); }
try { null.x; } catch (e) { console.log(frames(e, 2)); }
const lines = new Error('top').stack.split('\n');
console.log(lines[1].replace(__dirname, '<dir>'));
console.log(lines.slice(2).map((l) => l.replace(/:\d+:\d+\)$/, ')')).join('\n'));
