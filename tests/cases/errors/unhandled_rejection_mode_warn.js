// @cli: --unhandled-rejections=warn unhandled_rejection_mode_warn.js
// --unhandled-rejections=warn: 'unhandledRejection' is emitted, a warning is printed, the
// process goes on.
process.on('warning', (w) => console.log('warning', w.name, w.message.split('\n')[0]));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', String(reason)));
process.on('exit', (code) => console.log('exit event', code));
Promise.reject(new Error('first'));
Promise.reject('second');
setTimeout(() => console.log('still running'), 5);
