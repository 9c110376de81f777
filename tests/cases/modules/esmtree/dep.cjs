module.exports = { value: 'from cjs' };
