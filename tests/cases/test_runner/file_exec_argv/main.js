// --test: node starts each file's child with the runner's own options left out of execArgv
// (--test, --test-reporter and --test-reporter-destination with their values), the others kept
// (rjs showed the runner's whole execArgv).
// @normalize: duration_ms:? [\d.]+
// @normalize: \/[^\s']*\/files\/
// @cli: --test --test-reporter tap --test-reporter-destination=stdout --no-warnings --test-timeout=5000 files
const x = 1;
