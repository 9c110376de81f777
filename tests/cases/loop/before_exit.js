let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('scheduled from beforeExit'), 1);
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never runs'), 0);
});
console.log('main');
