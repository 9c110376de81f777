// No tests: the file is over once its code ran.
console.log('b ran');
