// An unhandled rejection made by an 'exit' listener at the loop's end: node's report, exit code 1.
process.on('exit', (code) => { console.log('exit', code); Promise.reject(new Error('rejected in exit')); });
console.log('main');
