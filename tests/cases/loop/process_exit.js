setTimeout(() => console.log('not printed'), 10);
process.on('exit', (c) => console.log('exit event', c));
console.log('before');
process.exit(5);
console.log('after');
