// @cli: -
// @stdin: console.log('never runs');\nreturn 1
