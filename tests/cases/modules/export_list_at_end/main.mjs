// `export { ... }` may be a module's last statement with no semicolon (fetch-blob's from.js).
import def, { a, b } from './lib.mjs';
import { c } from './reexport.mjs';
console.log(def, a, b, c);
