// Module.prototype's members in node 20's order (isPreloading and parent accessors, then load,
// require, _compile).
const Module = require('module');
const P = Module.prototype;
console.log(Object.getOwnPropertyNames(P).map((k) => {
  const d = Object.getOwnPropertyDescriptor(P, k);
  return `${k}:${d.get ? 'get' : typeof d.value}`;
}).join(' '));
console.log(module.isPreloading, module.parent, typeof module._compile);
