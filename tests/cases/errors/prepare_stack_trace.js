// Error.prepareStackTrace gets V8-style CallSites (file, line, column, function/type/method
// names, constructor and top-level flags) from new errors and Error.captureStackTrace, as
// depd (express) and get-caller-file (yargs) use them; captureStackTrace's constructorOpt drops
// the frames above the caller.
function prepareObjectStackTrace (obj, stack) { return stack }
function getStack () {
  var limit = Error.stackTraceLimit
  var obj = {}
  var prep = Error.prepareStackTrace
  Error.prepareStackTrace = prepareObjectStackTrace
  Error.stackTraceLimit = Math.max(10, limit)
  Error.captureStackTrace(obj)
  var stack = obj.stack.slice(1)
  Error.prepareStackTrace = prep
  Error.stackTraceLimit = limit
  return stack
}
function depd() { const stack = getStack(); const cs = stack[1]; return [require('path').basename(cs.getFileName()), cs.getLineNumber(), cs.getColumnNumber(), cs.getFunctionName(), cs.isEval(), cs.isNative(), cs.isToplevel(), cs.isConstructor(), cs.getTypeName(), cs.getMethodName()]; }
function outer() { return depd(); }
console.log(outer());
class K { constructor() { this.s = getStack()[0]; } m() { return getStack()[0]; } }
const k = new K();
console.log(k.s.isConstructor(), k.s.getFunctionName(), String(k.s).replace(/\(.*[\/]/, '('));
console.log(k.m().getFunctionName(), k.m().getTypeName(), k.m().getMethodName(), String(k.m()).replace(/\(.*[\/]/, '('));
Error.prepareStackTrace = (err, frames) => `${err.message}|${frames.length > 0}|${typeof frames[0].getFunction}`;
console.log(new Error('boom').stack);
Error.prepareStackTrace = undefined;
console.log(new Error('plain').stack.split('\n')[0]);
function f2() { const o = {}; Error.captureStackTrace(o, f2); return o.stack.split('\n')[1].trim().split(' ')[1]; }
function callsF2() { return f2(); }
console.log(callsF2());
