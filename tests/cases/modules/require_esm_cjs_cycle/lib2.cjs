module.exports = require('./fine.mjs').ok === undefined ? 'partial' : 'done';
