import { probe } from './b.mjs';
export let value = 1;
console.log('a ran', probe);
