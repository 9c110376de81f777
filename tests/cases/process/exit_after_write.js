// Writes are done before write() returns, so exiting right after loses nothing.
process.stdout.write('first\n');
process.stdout.write(Buffer.from('second\n'), () => console.log('callback never runs'));
const big = 'y'.repeat(100000);
process.stdout.write(big.slice(0, 70000) + '\n');
console.log('last');
process.exit(0);
