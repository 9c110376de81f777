// node refuses --test with --eval (and --check with --eval, --test with --check or -i): one
// "either X or Y can be used, not both" line per pair, exit code 9, nothing run.
// @cli: --test --check -e console.log(1)
