// Errors made at one site, reached the same way, read their stacks each time as node shows them,
// also after Error.stackTraceLimit or Error.prepareStackTrace change, and for a subclass.
class AppError extends Error {}
function make(Kind) { return new Kind('x'); }
function site(Kind) { return make(Kind); }
const clean = (s) => s.split('\n').slice(0, 4).map((l) => l.replace(/\(.*[\\/]/, '(')).join('\n');
for (let i = 0; i < 3; i++) console.log(clean(site(Error).stack));
console.log(clean(site(AppError).stack));
Error.stackTraceLimit = 1;
console.log(clean(site(Error).stack));
Error.stackTraceLimit = 10;
const saved = Error.prepareStackTrace;
Error.prepareStackTrace = (e, calls) => `${e.message}: ${calls.slice(0, 2).map((c) => c.getFunctionName()).join(',')}`;
console.log(site(Error).stack);
Error.prepareStackTrace = saved;
function capture(o) { Error.captureStackTrace(o, capture); return o; }
function outer() { return capture({}); }
for (let i = 0; i < 2; i++) console.log(clean(outer().stack));
