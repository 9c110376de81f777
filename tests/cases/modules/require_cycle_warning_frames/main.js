// The warning for a missing property of a module in a require cycle: its stack starts at node's
// emitCircularRequireWarning and the proxy's get trap, then the reading module's frame.
process.on('warning', (w) => {
  console.log(w.name, w.message);
  console.log(w.stack.split('\n').slice(1, 4).join('\n').split(__dirname).join('.'));
});
require('./a.js');
