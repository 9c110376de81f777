// @cli: --unhandled-rejections=warn-with-error-code unhandled_rejection_mode_error_code.js
// --unhandled-rejections=warn-with-error-code: a warning, and the process ends with code 1.
process.on('warning', (w) => console.log('warning', w.name));
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
Promise.reject(new Error('not handled'));
setTimeout(() => console.log('still running'), 5);
