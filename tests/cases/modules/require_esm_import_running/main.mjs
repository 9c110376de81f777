// Uncaught: a require() of an ES module importing the running entry module is reported at
// node's esm/loader:429 (first stderr line) with exit code 1.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
export const x = 1;
require('./imports-main.mjs');
