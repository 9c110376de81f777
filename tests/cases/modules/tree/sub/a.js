exports.early = 'a-early';
const b = require('./b');
exports.fromB = b.sawA;
