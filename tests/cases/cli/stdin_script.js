// @cli: -
// @stdin: console.log('from stdin', typeof require, __filename)
