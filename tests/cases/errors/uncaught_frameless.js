// With Error.stackTraceLimit = 0 the report shows the error as util.inspect does, in brackets.
Error.stackTraceLimit = 0;
const e = new RangeError('no frames');
e.extra = 1;
throw e;
