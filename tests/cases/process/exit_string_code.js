// process.exit(code) validates as process.exitCode does, emits 'exit' with the value as given
// and ends with its integer value.
process.on('exit', (code) => console.log('exit event', typeof code, code, process.exitCode));
try { process.exit(1.5); } catch (e) { console.log(e.code, e.message); }
try { process.exit('abc'); } catch (e) { console.log(e.code, e.message); }
console.log('still running', process.exitCode);
process.exit('1e1');
