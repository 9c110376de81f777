module.exports = { fromReexport: 'more' };
