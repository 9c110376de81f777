import './dep.mjs';
console.log('tla.mjs runs');
await null;
export const y = 2;
