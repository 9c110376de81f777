// A command that cannot start: node reports it asynchronously ('error', then the pipes end,
// then 'close' with the negative errno), exec/execFile call back with the error, spawnSync
// returns it and the *Sync exec variants throw it. Under node the command does not exist
// (ENOENT); in the rjs sandbox no process can start (EACCES): the code is normalized.
// @normalize: ENOENT|EACCES
// @normalize: -2\b|-13\b
const cp = require('child_process');
const util = require('util');
const show = (e) => [e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs, e.cmd];

const c = cp.spawn('rjs-no-such-command', ['a', 'b']);
console.log('pid', c.pid, c.exitCode, c.killed, c.connected, typeof c.stdout.on, typeof c.stdin.write);
console.log('stdio', c.stdio.length, c.stdio[1] === c.stdout);
for (const ev of ['spawn', 'error', 'exit', 'close']) {
  c.on(ev, (...a) => console.log('event', ev, a.map((x) => (x instanceof Error ? show(x) : x)), c.exitCode));
}
c.stdout.on('end', () => console.log('stdout end'));
c.stdout.on('close', () => console.log('stdout close'));

const d = cp.spawn('rjs-no-such-command', { stdio: 'ignore' });
console.log('ignored stdio', d.stdout, d.stderr, d.stdin);
d.on('error', (e) => console.log('ignore error', e.code));
d.on('close', (code, sig) => console.log('ignore close', code, sig));

cp.execFile('rjs-no-such-command', ['x'], (err, out, errOut) => {
  console.log('execFile', show(err), JSON.stringify(out), JSON.stringify(errOut));
});
cp.execFile('rjs-no-such-command', { encoding: 'buffer' }, (err, out) => console.log('execFile buffer', Buffer.isBuffer(out), out.length));
util.promisify(cp.execFile)('rjs-no-such-command', ['p']).catch((e) => console.log('promisified', e.code, e.stdout, e.stderr));

const r = cp.spawnSync('rjs-no-such-command', ['s']);
console.log('spawnSync', Object.keys(r), show(r.error), r.status, r.signal, r.pid, r.output, r.stdout);
try {
  cp.execFileSync('rjs-no-such-command', ['t']);
} catch (e) {
  console.log('execFileSync', show(e), Object.keys(e));
}

for (const bad of [() => cp.spawn(), () => cp.spawn(''), () => cp.spawn('x', 5), () => cp.spawnSync(1), () => cp.execFile('x', [], {}, 'cb')]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log('sync done');
