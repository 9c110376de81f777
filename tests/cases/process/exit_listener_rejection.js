// A promise an 'exit' listener rejects unhandled (at the loop's end) is still reported, as node's
// callback scope around the 'exit' emit processes rejections (not after process.exit()).
process.on('unhandledRejection', (r) => console.log('unhandledRejection:', r.message));
process.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('no tick after exit'));
  Promise.resolve().then(() => console.log('microtask after exit'));
  Promise.reject(new Error('rejected in exit'));
});
