// @cli: -r util --require=path internal_members.js
// node's underscore members of process: _preload_modules lists the -r/--require modules,
// _fatalException runs the uncaught-exception path (listeners, monitor) and answers whether it
// was handled, the inspector/profiler hooks exist; process.dlopen has node's length 0.
console.log(process._preload_modules, Object.getOwnPropertyDescriptor(process, '_preload_modules').writable);
for (const k of ['_debugProcess', '_debugEnd', '_startProfilerIdleNotifier', '_stopProfilerIdleNotifier', '_fatalException', 'dlopen']) {
  console.log(k, typeof process[k], process[k].length);
}
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
const onUncaught = (e, origin) => console.log('listener', e.message, origin);
process.on('uncaughtException', onUncaught);
console.log(process._fatalException(new Error('one')), process._fatalException(new Error('two'), true));
process.off('uncaughtException', onUncaught);
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
console.log(process._fatalException(new Error('three')), process._exiting, process.exitCode);
process.exitCode = 0;
