// process.exit() ends through process.reallyExit, which a script may replace (signal-exit and
// similar libraries do): the replacement gets the code; if it returns, the program goes on and
// node's natural end emits 'exit' again. A natural end does not call it.
process.reallyExit = function(code) { console.log('reallyExit', code); };
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
process.exit(3);
console.log('after exit()');
