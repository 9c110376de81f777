// A context's global as node's interceptors present it: reading a property whose value is the
// contextified object itself gives the global proxy (`window === this`), and the object's
// non-configurable properties are described as they are.
const vm = require('vm');
const ctx = vm.createContext();
ctx.window = ctx;
const thisVal = vm.runInContext('this', ctx);
console.log(thisVal === vm.runInContext('window', ctx), thisVal === ctx, ctx.window === ctx);
console.log(vm.runInContext('this.window === this', ctx), vm.runInContext('Object.create(this).window === this', ctx));
const sb = { console: null };
sb.document = { defaultView: sb };
vm.createContext(sb);
vm.runInContext('Object.defineProperty(this, "foo", { get() { return document.defaultView; } }); var same = foo === this;', sb);
console.log(sb.same, sb.document.defaultView === sb);
const x = {};
Object.defineProperty(x, 'prop', { value: 'val' });
Object.defineProperty(x, 'getter', { get() { return 'g'; }, enumerable: true });
Object.defineProperty(x, 'w', { value: 1, writable: true, enumerable: true });
x.plain = 2;
vm.createContext(x);
for (const key of ['prop', 'getter', 'w', 'plain', 'missing']) {
  const d = vm.runInContext(`Object.getOwnPropertyDescriptor(this, ${JSON.stringify(key)})`, x);
  console.log(key, d && Object.entries(d).map(([k, v]) => `${k}:${typeof v === 'function' ? 'fn' : v}`).join(' '));
}
x.w = 5;
console.log(vm.runInContext('w', x), vm.runInContext('Object.getOwnPropertyDescriptor(this, "w").value', x));
console.log(vm.runInContext('delete this.prop', x), vm.runInContext('Object.keys(this).join()', x));
