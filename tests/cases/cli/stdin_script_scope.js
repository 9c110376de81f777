// @cli: -
// @stdin: var g = 1; console.log(module.id, module.filename === require('path').join(process.cwd(), '[stdin]'), module.parent, require.main, __filename, globalThis.g, this === globalThis)
