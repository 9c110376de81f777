// V8's SyntaxError messages: `..` is two dots (the second one unexpected), and a direct eval's
// undeclared private name says which field must be declared.
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.message); } };
t('dotdot', () => new Function('..'));
t('dotdot member', () => new Function('a..b'));
t('spread ok', () => new Function('return [...[1, 2]]')());
t('number dot', () => new Function('return 1..toString()')());
t('three dots alone', () => new Function('...'));
class A {
  #x = 1;
  read(src) { return eval(src); }
}
t('eval declared', () => new A().read('this.#x'));
t('eval undeclared', () => new A().read('this.#y'));
t('eval undeclared in', () => new A().read('#z in this'));
t('indirect', () => (0, eval)('class B { m() { return this.#q; } }'));
