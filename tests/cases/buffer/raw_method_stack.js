// An error from one of the raw C++ methods (hexSlice, utf8Write) has a stack starting at the
// caller's frame, as node's C++ errors do (an uncaught one is reported at the caller's line).
for (const f of [() => Buffer.alloc(1).hexSlice(5), () => Buffer.alloc(1).utf8Write(5), () => Buffer.alloc(1).latin1Write('a', 9)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message, e.stack.split('\n')[1].includes('raw_method_stack.js')); }
}
