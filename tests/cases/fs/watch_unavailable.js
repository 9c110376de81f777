// fs.watch and fs.promises.watch check their arguments as node's (options through getOptions,
// which also checks options.signal everywhere), and a missing path fails as node's watcher start
// (ENOENT, syscall watch, or stat for a recursive watch, with .filename). fs.promises.watch is an
// async generator that checks at its first next(). (The events of a watch: fs/watch_events.)
const fs = require('fs');
const path = require('path');
const missing = path.join(__dirname, '_watch_missing_path');
const rel = (s) => String(s).split(__dirname).join('<dir>');
const t = (l, f) => { try { f().close(); console.log(l, 'ok'); } catch (e) { console.log(l, e.code, rel(e.message), e.syscall, rel(e.filename)); } };
t('signal', () => fs.watch(missing, { signal: 1 }));
t('recursive 1', () => fs.watch(missing, { recursive: 1 }));
t('recursive missing', () => fs.watch(missing, { recursive: true }));
t('options 5', () => fs.watch(missing, 5));
t('encoding', () => fs.watch(missing, { encoding: 'bogus' }));
t('missing', () => fs.watch(missing, { persistent: 'x' }));
t('path 123', () => fs.watch(123));
(async () => {
  for (const [a, b] of [[123], [missing], [missing, { signal: 1 }], [missing, { recursive: 1 }], [missing, 5], [missing, { persistent: 'x' }], [missing, { encoding: 'bogus' }]]) {
    const it = fs.promises.watch(a, b);
    try { await it.next(); } catch (e) { console.log(Object.prototype.toString.call(it), e.code, rel(e.message)); }
  }
  const ac = new AbortController();
  ac.abort();
  try { await fs.promises.watch(missing, { signal: ac.signal }).next(); } catch (e) { console.log('aborted', e.name, e.code); }
  for (const [n, f] of [['readFile', (cb) => fs.readFile(__filename, { signal: 1 }, cb)], ['readdir', (cb) => fs.readdir('.', { signal: 1 }, cb)], ['readFileSync', () => fs.readFileSync(__filename, { signal: {} })], ['mkdtemp', (cb) => fs.mkdtemp(missing, { signal: 1 }, cb)]]) {
    try { f(() => console.log(n, 'cb')); } catch (e) { console.log(n, e.code, e.message); }
  }
  try { await fs.promises.readdir('.', { signal: 1 }); } catch (e) { console.log('promises.readdir', e.code); }
})();
