// setTimeout/setImmediate/nextTick with a non-function throw ERR_INVALID_ARG_TYPE from node's
// validateFunction: uncaught, the report's header is internal/errors' `throw error;`.
for (const f of [setTimeout, setInterval, setImmediate, process.nextTick]) {
  try { f('x'); } catch (e) { console.log(f.name, e.code, e.message); }
}
setImmediate(() => process.nextTick(42));
