// @env: NODE_PRESERVE_SYMLINKS=1
// NODE_PRESERVE_SYMLINKS=1 in the starting environment is --preserve-symlinks: dep1's symlinked
// dep2 resolves bar from dep1's node_modules (CORRECT_VERSION twice; without it, the second is
// INCORRECT_VERSION). From node's test-module-require-symlink.
const foo = require('./module-require-symlink/foo.js');
console.log(foo.dep1.bar.version, foo.dep2.bar.version);
