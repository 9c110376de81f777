// A ReferenceError from an unresolvable name points at the identifier (line and column), in a
// function and at top level, as V8 reports it.
function f(){
  undefinedFn();
}
try { f(); } catch (e) { console.log(e.stack.split(__dirname).join(".").split("\n").slice(0,3).join("\n")); }
const o = {};
try {
  o.x.y;
} catch (e) { console.log(e.stack.split(__dirname).join(".").split("\n").slice(0,2).join("\n")); }
try {
  missingVar;
} catch (e) { console.log(e.stack.split(__dirname).join(".").split("\n").slice(0,2).join("\n")); }
function g() {
  return null.z;
}
try { g(); } catch (e) { console.log(e.stack.split(__dirname).join(".").split("\n").slice(0,2).join("\n")); }
