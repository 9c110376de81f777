setTimeout(() => { throw new RangeError('late'); }, 1);
process.on('exit', (c) => console.log('exit', c));
