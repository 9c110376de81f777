// Anonymous functions, arrows and classes given as parameter defaults are named after the
// parameter (NamedEvaluation), as in a `let` declaration; named ones and parenthesized
// non-function defaults keep their own names.
function f(original = function () {}, b = () => {}, C = class {}, named = function own() {}, n = 1) {
  return [original.name, b.name, C.name, named.name, n];
}
console.log(f());
const arrow = (cb = () => 0, [x] = [() => 0]) => [cb.name, x.name];
console.log(arrow());
class K { m(handler = async () => {}) { return handler.name; } }
console.log(new K().m());
function g({ a = function () {} } = {}, ...rest) { return [a.name, rest.length]; }
console.log(g());
const { mock } = { mock: (impl = function () {}) => impl.name };
console.log(mock(), mock(function given() {}));
