module.exports = 'stub.js';
