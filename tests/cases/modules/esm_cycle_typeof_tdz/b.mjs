import { value } from './a.mjs';
let probe;
try { probe = typeof value; } catch (e) { probe = e.constructor.name + ': ' + e.message; }
export { probe };
