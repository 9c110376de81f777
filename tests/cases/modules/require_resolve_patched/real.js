module.exports = 'real module';
