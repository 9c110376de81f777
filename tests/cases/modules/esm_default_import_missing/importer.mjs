const before = 1;
import   yaml, { load } from './dep.mjs';
console.log(before, yaml, load);
