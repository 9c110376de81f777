// @cli: --conditions=development --conditions custom main.js
// User conditions from --conditions apply to "exports" for require and import.
console.log(require('cc'), require('cc/x'));
import('cc').then((m) => console.log(m.default, process.execArgv));
