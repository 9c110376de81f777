// CommonJS resolution corners: extension order, package.json "main" that is missing (index
// fallback + DEP0128) or unusable, nested "exports" conditions, subpath patterns, null targets,
// the ERR_PACKAGE_PATH_NOT_EXPORTED text (require names no importer, self-reference does),
// "imports", require.resolve paths, Module's lookup helpers.
const path = require('path');
const rel = (s) => String(s).split(__dirname).join('<dir>');
const t = (f) => {
  try { console.log(rel(f())); } catch (e) { console.log('ERR', e.code, rel(e.message).split('\n')[0]); }
};
process.on('warning', (w) => console.log('warning', w.name, w.code, rel(w.message)));
t(() => require('./f'));
t(() => require('./g').v);
t(() => require('badmain'));
t(() => require('nomain'));
t(() => require('cond'));
t(() => require('cond/feat/one'));
t(() => require('cond/feat/internal/z'));
t(() => require('cond/x/one.js'));
t(() => require('cond/pkg').name);
t(() => require('cond/nothere'));
t(() => require('cond/package.json'));
t(() => require('#int'));
t(() => require('#dep/x'));
t(() => require('#cond'));
t(() => require('#nope'));
t(() => require('selfpkg/sub'));
t(() => require('selfpkg/nope'));
t(() => require.resolve('./x', { paths: [path.join(__dirname, 'dir')] }));
t(() => require.resolve.paths('./x'));
t(() => require.resolve.paths('fs'));
t(() => require.resolve.paths('cond')[0]);
t(() => module.paths.filter((p) => p === '/node_modules').length);
const Module = require('module');
t(() => Module._nodeModulePaths('/a/b/node_modules/c').join());
t(() => Module._nodeModulePaths('/').join());
t(() => Module._findPath('./f', [__dirname]));
t(() => Module._resolveLookupPaths('./f', module));
t(() => Module._resolveLookupPaths('fs', module));
t(() => Object.keys(require.extensions).join());
t(() => [typeof Module.wrap, Module.wrapper.length, Object.keys(Module).includes('wrap')].join());
t(() => ['_findPath', '_resolveLookupPaths', '_initPaths', '_preloadModules', 'runMain', '_debug'].map((k) => typeof Module[k]).join());
t(() => require('./f.js/'));
t(() => require('./dir/'));
t(() => require('./f\u0000'));
