// @cli: -e -1
// A value that looks like an option is no value: "-e requires an argument", exit 9.
