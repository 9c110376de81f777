module.exports = function call(fn) {
  return fn() + '\n' + new Error('cjs').stack;
};
