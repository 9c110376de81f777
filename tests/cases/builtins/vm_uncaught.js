// vm: an error escaping code run in a context ends the process with node's report.
const vm = require('vm');
console.log('before');
vm.runInNewContext('var a = 1;\nmissingFunction(a)', {}, { filename: 'sandboxed.js' });
console.log('not reached');
