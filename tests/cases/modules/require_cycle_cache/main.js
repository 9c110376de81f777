// require cycles (partial exports and node's warning for a missing property read during the
// cycle), require.cache deletion, require.extensions hooks, failed loads leaving no child,
// JSON and syntax error messages.
const path = require('path');
const rel = (s) => String(s).split(__dirname).join('<dir>');
const t = (f) => {
  try { console.log(rel(f())); } catch (e) { console.log('ERR', e.name, e.code, rel(e.message).split('\n')[0]); }
};
process.on('warning', (w) => console.log('warning', w.name, w.message));
t(() => JSON.stringify(require('./a')));
t(() => Object.getPrototypeOf(require('./a')) === Object.prototype);
t(() => require('./counter'));
t(() => require('./counter'));
t(() => { delete require.cache[require.resolve('./counter')]; return require('./counter'); });
t(() => { require.extensions['.txt'] = (m, f) => { m.exports = require('fs').readFileSync(f, 'utf8').trim(); }; return require('./note.txt'); });
t(() => require('./bad.json'));
t(() => require('./syn.js'));
t(() => require('./unclosed.js'));
t(() => module.children.map((c) => path.basename(c.id)).join());
t(() => Object.keys(require.cache).map((k) => path.basename(k)).sort().join());
t(() => {
  const c = require.cache[require.resolve('./a')];
  return [c.id === c.filename, c.loaded, c.parent === module, path.basename(c.children[0].id), c.path === __dirname].join();
});
t(() => [module.id, module.loaded, module.parent, require.main === module, process.mainModule === module].join());
