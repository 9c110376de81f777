exports.name = 'lib';
exports.sum = (a, b) => a + b;
