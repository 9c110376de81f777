// A script that declares a name the global environment cannot take fails with V8's
// SyntaxError, and later scripts still see the global as before.
const vm = require('vm');
const run = (code) => {
  try {
    console.log(JSON.stringify(code), '=>', vm.runInThisContext(code));
  } catch (e) {
    console.log(JSON.stringify(code), '=>', e.name + ': ' + e.message);
  }
};
const probe = 'typeof undefined + " " + typeof NaN + " " + String(Infinity) + " " + (void 0 === undefined)';
for (const code of [
  'let undefined = 1', probe, 'const NaN = 2', probe, 'class Infinity {}', probe,
  'let [a1, undefined] = [1, 2]', 'typeof a1', 'let b1 = 1; let undefined = 2', 'typeof b1',
  'function undefined() {}', probe, 'function* NaN() {}', probe, 'async function Infinity() {}',
  'var undefined = 5; undefined', probe, 'var NaN; NaN', 'function parseFloat() { return 1 }', 'parseFloat()',
  'let c1 = 1', 'let c1 = 2', 'var c1', 'c1', 'var d1 = 1', 'let d1 = 2', 'd1', 'function d1() { return 3 }', 'typeof d1',
]) run(code);
Object.defineProperty(globalThis, 'fixedName', { value: 7 });
run('let fixedName = 1'); run('function fixedName() {}'); run('fixedName');
Object.defineProperty(globalThis, 'openName', { value: 8, writable: true, enumerable: true });
run('function openName() { return 9 }'); run('openName()');
try { eval('function NaN() {}'); } catch (e) { console.log('eval', e.name + ': ' + e.message); }
try { (0, eval)('var e1; function undefined() {}'); } catch (e) { console.log('indirect eval', e.name + ': ' + e.message); }
console.log(typeof e1, undefined, NaN, Infinity);
