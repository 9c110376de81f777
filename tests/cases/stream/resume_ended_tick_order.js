// resume() of an ended, empty Readable (what http's _dump does): 'end' and 'close' keep their
// place among the caller's nextTicks, with and without a 'resume' listener, and flowing/readable state.
const { Readable } = require('stream');
const log = [];
const t0 = setTimeout(() => {}, 1);
clearTimeout(t0);
function run(name, setup) {
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('end', () => log.push(`${name}: end`));
  r.on('close', () => log.push(`${name}: close`));
  setup(r);
  r.resume();
  process.nextTick(() => log.push(`${name}: tick1 flowing=${r.readableFlowing} ended=${r.readableEnded}`));
  process.nextTick(() => process.nextTick(() => log.push(`${name}: tick2`)));
}
run('plain', () => {});
run('resume-listener', (r) => r.on('resume', () => log.push('resume-listener: resume')));
run('unshift-in-resume', (r) => r.on('resume', () => { r.unshift(Buffer.from('x')); r.on('data', (d) => log.push('data ' + d)); }));
run('readable-listener', (r) => r.on('readable', () => log.push('readable-listener: readable ' + r.read())));
run('destroyed', (r) => r.destroy());
run('data-removed', (r) => { r.on('data', () => {}); r.removeAllListeners('data'); });
{
  const r = new Readable({ read() {} });
  r.resume();
  r.push(null);
  r.on('end', () => log.push('late-push: end'));
}
setImmediate(() => {
  // Every nextTick takes an async id, as in node: the timers' ids show how many were queued.
  const t = setTimeout(() => {}, 1);
  console.log(log.join('\n'));
  console.log('async ids taken', t[Symbol.toPrimitive]() - t0[Symbol.toPrimitive]());
  clearTimeout(t);
});
