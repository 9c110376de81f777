// process.setUncaughtExceptionCaptureCallback: validated, only one at a time; the callback gets
// uncaught errors instead of 'uncaughtException' listeners; null removes it.
try { process.setUncaughtExceptionCaptureCallback(5); } catch (e) { console.log(e.code, e.message); }
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code, e.message); }
console.log(process.hasUncaughtExceptionCaptureCallback(), Object.keys(process).includes('_captureFn'));
process.on('uncaughtException', (e) => console.log('listener', e.message));
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
  throw new Error('to the listener');
}, 2);
throw new Error('to the callback');
