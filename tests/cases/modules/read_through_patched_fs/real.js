module.exports = 'from disk';
