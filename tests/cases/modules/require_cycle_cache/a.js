exports.a1 = 1;
const b = require('./b');
exports.a2 = 2;
exports.fromB = b;
