module.exports = 'real/index.js';
