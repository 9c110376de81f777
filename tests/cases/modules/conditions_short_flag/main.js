// -C NAME (node's short form of --conditions) adds a package "exports" condition.
// @cli: -C custom main.js
console.log(require('pkg'), process.execArgv);
