// @cli: --stack-trace-limit=3 _stack_depth.js
// --stack-trace-limit=N sets Error.stackTraceLimit: an error keeps N frames.
