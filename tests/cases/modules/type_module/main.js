import { sep } from 'path';
export const x = 1;
console.log('type module main', sep, typeof module);
