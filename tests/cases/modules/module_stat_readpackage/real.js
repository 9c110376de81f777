module.exports = 'real.js';
