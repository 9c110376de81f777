module.exports = 'a/b';
