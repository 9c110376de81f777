// require/Module API validation and shape: require.resolve options.paths must be an array,
// require.resolve.paths validates its argument, module.parent is an accessor of the prototype
// (not an own property), isPreloading, createRequire's argument rules.
const Module = require('module');
const rel = (s) => String(s).split(__dirname).join('<dir>');
const t = (f) => {
  try { console.log(rel(f())); } catch (e) { console.log('ERR', e.name, e.code, rel(e.message).split('\n')[0]); }
};
t(() => require.resolve('./f', { paths: 'x' }));
t(() => require.resolve('./f', { paths: [] }));
t(() => require.resolve('./f', {}));
t(() => require.resolve());
t(() => require.resolve.paths(5));
t(() => require.resolve.paths('x').slice(0, 1));
t(() => Module.createRequire('rel/path'));
t(() => Module.createRequire(5));
t(() => Module.createRequire(new URL(`file://${__dirname}/`)).resolve('./f'));
t(() => Module.createRequire(`${__dirname}/`).resolve('./f'));
t(() => Object.getOwnPropertyNames(module).join());
t(() => [typeof Object.getOwnPropertyDescriptor(Module.prototype, 'parent').get, module.parent, typeof module.isPreloading].join());
t(() => { const m = new Module('x', module); return [m.parent === module, module.children.includes(m)].join(); });
t(() => Object.keys(require).join());
t(() => [require.length, require.name, require.resolve.name, require.resolve.paths.name].join());
t(() => Module._load('./f', module));
t(() => process.mainModule === require.main && require.main === module);
