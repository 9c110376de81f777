module.exports = { x: 1 };
require('./mb.js');
