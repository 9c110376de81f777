// A thrown object whose prototype is Error.prototype but which is not a native error: node's
// report prints its stack.
const e = Object.create(Error.prototype);
e.message = 'made by hand';
Error.captureStackTrace(e);
throw e;
