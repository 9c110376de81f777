// @cli: --print=1+2
// @stdin: 7 * 6
// --print=VALUE is the switch alone (the value is ignored): node prints the stdin script's result.
