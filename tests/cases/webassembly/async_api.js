// compile/instantiate resolve in a later task (after pending promise reactions, as V8's);
// instantiate(bytes) gives { module, instance }, instantiate(module) an Instance; errors reject.
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11]);
const mod = new WebAssembly.Module(bytes);
const log = [];
WebAssembly.instantiate(mod).then((i) => log.push('instMod ' + (i instanceof WebAssembly.Instance) + ' ' + i.exports.add(1, 2)));
Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3'));
process.nextTick(() => log.push('tick'));
setImmediate(() => log.push('immediate'));
(async () => {
  const r = await WebAssembly.instantiate(bytes);
  console.log(Object.keys(r).join(','), r.module instanceof WebAssembly.Module, r.instance.exports.add(20, 22));
  const m2 = await WebAssembly.compile(bytes.buffer);
  console.log(m2 instanceof WebAssembly.Module, WebAssembly.Module.exports(m2)[0].name);
  const bad = [() => WebAssembly.compile(new Uint8Array([1])), () => WebAssembly.instantiate(new Uint8Array([0, 97, 115, 109])),
    () => WebAssembly.instantiate(5), () => WebAssembly.compile('x'), () => WebAssembly.instantiate(mod, 5), () => WebAssembly.compileStreaming(5),
    () => WebAssembly.compileStreaming(new Response(bytes, { status: 404, headers: { 'content-type': 'application/wasm' } }))];
  for (const f of bad) {
    await f().then(() => console.log('resolved?'), (e) => console.log('rejected', e.name, e.code, e.message.split(':')[0]));
  }
  const viaResponse = await WebAssembly.instantiateStreaming(new Response(bytes, { headers: { 'content-type': 'application/wasm' } }));
  console.log('streaming', viaResponse.instance.exports.add(2, 2));
  const m3 = await WebAssembly.compileStreaming(Promise.resolve(new Response(bytes, { headers: { 'content-type': 'application/wasm' } })));
  console.log('compileStreaming', m3 instanceof WebAssembly.Module);
  await WebAssembly.compileStreaming(new Response(bytes)).catch((e) => console.log('mime', e.name, e.message));
  console.log(log.join(' '));
})();
