// A named import that a CommonJS module's source does not show fails at link time with node's
// message (the default export still has it).
import { later } from './dyn.cjs';
console.log(later);
