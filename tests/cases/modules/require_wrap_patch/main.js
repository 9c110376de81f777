// Patching Module.wrap (as instrumenting tools do) changes how later modules are compiled;
// the wrapper array changed in place does too.
const Module = require('module');
const orig = Module.wrap;
Module.wrap = (script) => orig('var injected = 42;' + script);
require('./dep');
Module.wrap = orig;
Module.wrapper[0] += 'var injected = "in place";';
delete require.cache[require.resolve('./dep')];
require('./dep');
console.log(Module.wrap === orig, typeof Module.wrap, Object.keys(Module).includes('wrapper'));
