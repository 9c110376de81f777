console.log('cjs', module.parent === undefined ? 'undef' : module.parent, require.main === undefined ? 'undef' : require.main, module.id.split('/').pop(), module.loaded);
exports.n = 1;
