// -p followed by an option is a switch (no code): no conflict with --check, which checks the file.
// @cli: -p --check test_print_switch_no_conflict.js
console.log('not run');
