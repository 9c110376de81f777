const x = require('./x2.cjs');
module.exports = 'x1 sees ' + JSON.stringify(x);
