// A required file whose last call never closes its argument list: V8's `missing ) after argument
// list`, reported at the last argument (not `Unexpected end of input` past the end).
const clean = (s) => s.split(__dirname).join('<dir>');
try { require('./_open_argument_list.js'); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 5).join('\n')); }
