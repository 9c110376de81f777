// typeof on a lexical binding still in its temporal dead zone throws V8's TDZ ReferenceError
// (only an undeclared name gives 'undefined').
function inBlock() {
  try { typeof x; let x = 1; return x; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
inBlock();
function closure() {
  const read = () => typeof later;
  try { read(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  const later = 2;
  console.log(read());
}
closure();
console.log(typeof notDeclaredAnywhere);
{
  try { typeof C; } catch (e) { console.log(e.message); }
  class C {}
}
