process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled', reason.message, p instanceof Promise);
});
Promise.reject(new Error('oops'));
async function f() { throw new Error('async oops'); }
f();
setTimeout(() => console.log('still alive'), 5);
