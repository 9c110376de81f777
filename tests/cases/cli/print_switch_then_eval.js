// @cli: -p -e "[1, 2]"
// -p then -e: the -e code runs and its value is printed.
