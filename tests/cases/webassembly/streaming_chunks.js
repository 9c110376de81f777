// compileStreaming/instantiateStreaming read the Response body's chunks themselves, as node's
// streaming callback: ArrayBuffer chunks (what a file's readableWebStream gives) are accepted,
// and CompileErrors name the streaming function.
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11]);
const headers = { 'content-type': 'application/wasm' };
const streamOf = (...chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
(async () => {
  const mod = await WebAssembly.compileStreaming(new Response(streamOf(bytes.buffer.slice(0, 8), bytes.slice(8)), { headers }));
  console.log(WebAssembly.Module.exports(mod));
  const { instance } = await WebAssembly.instantiateStreaming(new Response(streamOf(bytes.buffer.slice(0)), { headers }), {});
  console.log(instance.exports.add(40, 2));
  await WebAssembly.compileStreaming(new Response(bytes.slice(0, 20), { headers })).catch((e) => console.log(e.name, e.message.split(':')[0]));
  await WebAssembly.instantiateStreaming(new Response(bytes.slice(0, 20), { headers })).catch((e) => console.log(e.name, e.message.split(':')[0]));
  const used = new Response(bytes, { headers });
  await used.arrayBuffer();
  await WebAssembly.compileStreaming(used).catch((e) => console.log(e.code, e.message));
})();
