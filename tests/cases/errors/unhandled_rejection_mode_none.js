// @cli: --unhandled-rejections=none unhandled_rejection_mode_none.js
// --unhandled-rejections=none: silent, the process goes on.
process.on('exit', (code) => console.log('exit event', code));
Promise.reject(new Error('ignored'));
setTimeout(() => console.log('still running'), 5);
