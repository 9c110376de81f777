// A throw from an 'exit' listener during process.exit() reaches its caller; the process goes on,
// and at the natural end 'exit' is emitted again (the throw is then fatal, with the code set).
process.on('exit', (c) => { console.log('exit', c); throw new Error('x'); });
try { process.exit(2); } catch (e) { console.log('caught', e.message); }
console.log('after', process._exiting);
setTimeout(() => console.log('timer'), 1);
