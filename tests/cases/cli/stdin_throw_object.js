// @cli: -
// @stdin: console.log('stdin'); throw ['thrown', 'array']
