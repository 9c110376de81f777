// A required file that does not parse: the SyntaxError's stack has node's frames under the
// source excerpt (wrapSafe, Module._compile at its compile line, then the loader's), cut to
// Error.stackTraceLimit.
const clean = (s) => s.split(__dirname).join('<dir>');
try { require('./_syntax_broken.js'); } catch (e) { console.log(clean(e.stack)); }
Error.stackTraceLimit = 3;
try { require('./_syntax_broken.js'); } catch (e) { console.log(clean(e.stack)); }
