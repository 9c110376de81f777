// An error thrown by the entry ES module's evaluation reaches 'uncaughtException' listeners
// with origin 'unhandledRejection' (node's run_main: triggerUncaughtException(err, true)).
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.message, err.stack.split('\n')[1].replace(new URL('.', import.meta.url).href, '<dir>/'));
});
process.on('exit', (code) => console.log('exit', code));
function f() {
  throw new Error('from f');
}
await null;
f();
