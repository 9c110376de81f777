module.exports = 'stub/index.js';
