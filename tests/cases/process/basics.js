// @args: one two --three
console.log(process.argv.slice(2));
console.log(process.platform, typeof process.arch, process.version.startsWith('v20'), typeof process.versions.node);
console.log(typeof process.pid, typeof process.ppid, process.release.name, typeof process.execPath);
console.log(Array.isArray(process.execArgv), typeof process.env, typeof process.cwd());
const t = process.hrtime(); const d = process.hrtime(t); console.log(t.length, d.length, d[0] >= 0);
console.log(typeof process.hrtime.bigint(), process.uptime() >= 0, typeof process.memoryUsage().heapUsed);
console.log(typeof process.umask(), typeof process.title, typeof process.features, typeof process.config);
console.log(process.stdout.write('written\n'), typeof process.stdout.isTTY);
process.stdout.write('with callback\n', () => console.log('write cb'));
console.log(process.listenerCount('exit'), typeof process.on, typeof process.emit);
process.once('custom', (x) => console.log('custom event', x));
process.emit('custom', 1); process.emit('custom', 2);
process.emitWarning('something odd', 'CustomWarning');
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
console.log(process.env.NO_COLOR);
process.chdir('_subdir');
console.log(require('path').basename(process.cwd()));
process.chdir('..');
try { process.chdir('/definitely/not/here'); } catch (e) { console.log(e.code, e.syscall); }
console.log(process.exitCode);
