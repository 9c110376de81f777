// process.kill as node's: pid and signal validation, errno errors, the monkey-patchable _kill
// receiving (pid, signal number), and a listener getting the signal.
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.errno, e.syscall, e.message); } };
for (const p of ['SIGTERM', null, undefined, NaN, Infinity, -Infinity, '1x', 1.5]) show(() => process.kill(p));
show(() => process.kill(1, 'test'));
show(() => process.kill(process.pid, 999));
show(() => process.kill(process.pid, 0));
show(() => process.kill(String(process.pid), 0));
show(() => process.kill('0', 0));
show(() => process.kill(process.pid, 'SIGWINCH'));
show(() => process.kill(process.pid, 'SIGCHLD'));
const calls = [];
const orig = process._kill;
process._kill = (pid, sig) => { calls.push([pid == process.pid && pid !== 0 ? 'self:' + typeof pid : pid, sig]); return 0; };
process.kill(0, 'SIGHUP'); process.kill('0'); process.kill(-1, ''); process.kill('-1', null); process.kill(process.pid, 9); process.kill(String(process.pid), 'SIGINT');
process._kill = orig;
console.log(JSON.stringify(calls));
const keep = setTimeout(() => console.log('no signal'), 5000);
process.on('SIGUSR2', (s, n) => { console.log('got', s, n); clearTimeout(keep); });
process.kill(process.pid, 'SIGUSR2');
