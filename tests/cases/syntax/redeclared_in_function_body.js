// Names declared twice in a function body (and against its var names) are early errors in
// functions of every kind, in new Function bodies and in class static blocks; V8's message.
const vm = require('vm');
const sources = [
  'function f() { let x = 1; let x = 2; }',
  'function f() { const x = 1; var x = 2; }',
  'function f() { var x = 1; class x {} }',
  'const f = () => { let a; let a; };',
  'async function f() { let a; { var a; } }',
  'function* g() { class A {} let A; }',
  'class K { static { let s; let s; } }',
  'const o = { m() { let a; function a() {} } };',
  'function f(a) { let a; }',
];
for (const src of sources) {
  try { new vm.Script(src); console.log('compiled:', src); } catch (e) { console.log(src, '->', e.name, e.message); }
}
for (const body of ['let y = 1; let y = 2;', 'var z; let z;', 'let w; { var w; }']) {
  try { new Function(body); console.log('compiled:', body); } catch (e) { console.log(body, '->', e.name, /already been declared/.test(e.message)); }
}
// What is allowed: a function's top-level function declarations are var-like.
for (const src of ['function f() { var a; var a; function a() {} }', 'function f() { function b() {} function b() {} }',
  'function f() { { function c() {} function c() {} } }', 'function f() { let a; { let a; } }']) {
  try { new vm.Script(src); console.log('compiled:', src); } catch (e) { console.log(src, '->', e.message); }
}
