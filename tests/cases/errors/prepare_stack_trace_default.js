// Error.prepareStackTrace is node 20's default function: scripts that save it, install their own
// (depd, callsites) and put it back get the usual stacks again; calling it formats as V8 does.
const d = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
console.log(typeof d.value, d.value.name, d.value.length, d.writable, d.enumerable, d.configurable);
console.log(Error.prepareStackTrace(new TypeError('m'), []));
const saved = Error.prepareStackTrace;
Error.prepareStackTrace = (err, sites) => sites;
const o = {};
Error.captureStackTrace(o);
console.log(Array.isArray(o.stack), typeof o.stack[0].getFileName());
Error.prepareStackTrace = saved;
const e = new Error('back to normal');
console.log(e.stack.split('\n')[0], /\n    at /.test(e.stack));
console.log(saved(new RangeError('r'), [{ toString() { return 'f (file.js:1:2)'; } }]));
throw new Error('reported as usual');
