// @cli: -i
// @stdin: module.filename\nmodule.id\nrequire('./no-such-module')\nrequire.resolve('./_preload.js').endsWith('/_preload.js')\nrequire.resolve.paths('x')[0].endsWith('/repl/node_modules')
// @stdout-from-line: 2
// The REPL's module has no file: a require stack names '<repl>', relative requests resolve from the cwd, and
// its paths start at <cwd>/repl/node_modules as node's do.
