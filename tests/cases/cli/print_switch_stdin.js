// @cli: -p
// @stdin: console.log(__filename); 6 * 7
// -p without code of its own prints the result of the stdin script (node: -p CODE only when CODE does not start with -).
