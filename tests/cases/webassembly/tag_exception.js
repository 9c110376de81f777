// WebAssembly.Tag and WebAssembly.Exception (exception-handling JS API in node 20): payloads
// converted to the tag's types, getArg/is, argument checks, the namespace's member order.
console.log(Object.getOwnPropertyNames(WebAssembly).join(','));
const t = new WebAssembly.Tag({ parameters: ['i32', 'f32', 'i64'] });
const e = new WebAssembly.Exception(t, [7.9, 1.1, 5n]);
console.log(Object.prototype.toString.call(t), Object.prototype.toString.call(e), e instanceof Error);
console.log(e.is(t), e.is(new WebAssembly.Tag({ parameters: [] })), e.getArg(t, 0), e.getArg(t, 1), e.getArg(t, 2));
console.log(Object.getOwnPropertyNames(WebAssembly.Exception.prototype).join(','), WebAssembly.Tag.length, WebAssembly.Exception.length);
console.log(e.stack, typeof new WebAssembly.Exception(t, [1, 2, 3n], { traceStack: true }).stack);
for (const f of [() => e.getArg(new WebAssembly.Tag({ parameters: [] }), 0), () => new WebAssembly.Tag({}), () => new WebAssembly.Exception({}, []),
  () => new WebAssembly.Tag({ parameters: ['x'] }), () => new WebAssembly.Exception(t, 5)]) {
  try { f(); console.log('no error'); } catch (err) { console.log(err.name); }
}
try { e.getArg(new WebAssembly.Tag({ parameters: [] }), 0); } catch (err) { console.log(err.message); }
