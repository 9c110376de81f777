// @cli: - a b
// @stdin: console.log(process.argv.slice(1))
// `-` (script from stdin): process.argv[1] is "-", the arguments follow.
