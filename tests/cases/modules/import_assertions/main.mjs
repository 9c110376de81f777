// Import assertions (`assert { type: 'json' }`, the deprecated spelling of import attributes) load
// as `with` does in node 20, which warns once per assertion (type 'V8', from the last one up).
process.on('warning', (w) => console.log('warning:', w.name, w.message.replace(/^file:\/\/.*\//, '')));
const { default: a, b, c } = await import('./lib.mjs');
setTimeout(() => console.log(a, b, c), 10);
