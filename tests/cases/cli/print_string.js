// @cli: -p process.argv.length a b
