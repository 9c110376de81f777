// Buffer.prototype's methods in node's order: for...in over a Buffer (the methods are enumerable)
// and Object.keys(Buffer.prototype) list them so; parent/offset getters are named `get`.
const keys = [];
for (const k in Buffer.from('a')) keys.push(k);
console.log(keys.join(' '));
console.log(Object.keys(Buffer.prototype).length, Object.keys(Buffer.prototype).slice(-5).join(' '));
const d = Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent');
console.log(d.get.name, d.configurable, d.enumerable, Buffer.alloc(1).parent instanceof ArrayBuffer);
