// require('sys') is util, with node's DEP0025 warning, emitted once.
process.on('warning', (w) => console.log(w.name, w.code, w.message));
const sys = require('sys');
console.log(sys === require('util'), require('sys') === sys);
setImmediate(() => console.log('done'));
