const a = require('./a');
exports.sawA = 'b saw ' + a.early + ' done=' + ('fromB' in a);
