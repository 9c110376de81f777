// A static import that misses its extension: node adds "Did you mean to import ./lib.js?" and
// reports the error at its run_main rethrow (first stderr line), not at the resolver's throw.
import lib from './lib';
console.log(lib);
