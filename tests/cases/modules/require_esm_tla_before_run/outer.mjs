import './tla.mjs';
console.log('outer.mjs runs');
