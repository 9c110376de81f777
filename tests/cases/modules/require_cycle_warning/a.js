exports.fromA = 1;
require('./b.js');
