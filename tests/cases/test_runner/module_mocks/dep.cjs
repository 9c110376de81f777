module.exports = { greet: (n) => `hello ${n}`, VALUE: 1 };
