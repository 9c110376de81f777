// fs/promises functions are async functions that check their arguments before any I/O: such an
// error rejects at once, its handlers running with the turn's microtasks, before timers (rjs
// rejected them when the operation would have completed, after the timers). readFile and
// truncate check the path in the open() they await first (a microtask later), writeFile after
// its own await; appendFile returns writeFile's promise.
const fsp = require('fs/promises');
const log = [];
setTimeout(() => { log.push('timeout'); console.log(log); }, 0);
process.nextTick(() => log.push('tick'));
const c = (name, p) => p.then(() => log.push(name + ' ok'), (e) => log.push(`${name} ${e.name} ${e.code}`));
c('readFile path', fsp.readFile(undefined));
c('readFile encoding', fsp.readFile('_none', 'bogus'));
c('readFile aborted', fsp.readFile('_none', { signal: AbortSignal.abort() }));
c('mkdir', fsp.mkdir(5));
c('open flags', fsp.open('_none', 'zz'));
c('writeFile encoding', fsp.writeFile('_none', 'y', { encoding: 'bogus' }));
c('writeFile path', fsp.writeFile(undefined, 'y'));
c('appendFile path', fsp.appendFile(undefined, 'y'));
c('stat', fsp.stat(null));
c('copyFile mode', fsp.copyFile('_a', '_b', 'bad'));
c('truncate path', fsp.truncate(undefined));
c('symlink type', fsp.symlink('_a', '_b', 'bogus'));
c('rm options', fsp.rm('_none', 5));
c('access mode', fsp.access('_none', 'x'));
Promise.resolve().then(() => log.push('microtask'));
