// The crash report inspects the error without custom inspection and at least 5 levels deep.
const util = require('util');
class AppError extends Error {
  [util.inspect.custom]() { return 'CUSTOM VIEW'; }
}
const e = new AppError('custom inspected');
e.detail = { a: { b: { c: { d: { e: 1 } } } } };
console.log(util.inspect(e).split('\n')[0]);
throw e;
