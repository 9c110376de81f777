// Argument validation of umask, hrtime, cpuUsage and the id setters; the read-only
// allowedNodeEnvironmentFlags set; process.report's settings.
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };
for (const m of ['x', '0777', 0o22, {}, -1, 1.5, '8', 0o1777, undefined]) show(() => process.umask(m));
show(() => process.hrtime('x'));
show(() => process.hrtime([1, 2, 3]));
show(() => process.hrtime(1));
for (const p of [{}, { user: -1, system: 0 }, { user: 'a', system: 0 }, { user: 0, system: -2 }, 1, { user: 0, system: 0 }]) {
  show(() => Object.keys(process.cpuUsage(p)).join());
}
show(() => ['setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups'].map((k) => typeof process[k]).join());
show(() => process.setuid({}));
show(() => process.setuid(-1));
show(() => process.setgid(2 ** 32));
show(() => process.setgroups(1));
show(() => process.setgroups([{}]));
show(() => process.initgroups(1, {}));
show(() => process.setuid(process.getuid()));
const flags = process.allowedNodeEnvironmentFlags;
console.log(flags instanceof Set, Object.isFrozen(flags), flags.size > 100);
for (const f of ['--max-old-space-size', 'max-old-space-size', '--max_old_space_size', '--require=x', 'r', '-r',
  '--no-warnings', '--stack-trace-limit', '--v8-options', '--nope', 1]) console.log(f, flags.has(f));
console.log(flags.add('--nope') === flags, flags.has('--nope'), flags.delete('-r'), flags.has('-r'), flags.clear());
console.log([...flags].includes('--enable-source-maps'), flags[Symbol.iterator] === flags.values);
const r = process.report;
console.log(typeof r.getReport, typeof r.writeReport, r.directory, r.filename, r.compact, r.signal, r.reportOnSignal);
show(() => r.getReport(1));
show(() => r.writeReport(1));
show(() => { r.directory = 1; });
show(() => { r.signal = 'SIGNOPE'; });
show(() => { r.compact = 'yes'; });
const rep = r.getReport();
console.log(rep.header.nodejsVersion === process.version, rep.header.trigger, rep.header.filename, Object.keys(rep).join());
