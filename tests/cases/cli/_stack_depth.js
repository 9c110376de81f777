// Used by stack_trace_limit.js: frames shown under --stack-trace-limit.
function a(n) { return n === 0 ? new Error('deep').stack : a(n - 1); }
console.log(Error.stackTraceLimit, a(5).split('\n').length - 1);
