// @cli: -r ./pre.js --import ./x.mjs --import=./pre.js main.js
// -r preloads (parent 'internal/preload'), then --import ES modules in order (awaited, from the
// cwd; one already loaded is not run again), then the entry.
console.log('main', require.main === module, process.execArgv.length);
