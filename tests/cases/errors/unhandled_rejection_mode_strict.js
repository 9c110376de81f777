// @cli: --unhandled-rejections strict unhandled_rejection_mode_strict.js
// --unhandled-rejections=strict: raised as an uncaught exception even with an
// 'unhandledRejection' listener, which then also runs.
process.on('uncaughtException', (err, origin) => console.log('uncaught', origin, err.code, err.message.slice(-12)));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
process.on('exit', (code) => console.log('exit event', code));
Promise.reject('reason one');
setTimeout(() => { Promise.reject(2); }, 1);
