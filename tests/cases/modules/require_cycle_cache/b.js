const a = require('./a');
// a is still loading: its partial exports, which warn on a missing property.
exports.partial = JSON.stringify(a);
exports.missing = a.notThere;
exports.esModuleRead = a.__esModule;
exports.parentLoaded = module.parent.loaded;
