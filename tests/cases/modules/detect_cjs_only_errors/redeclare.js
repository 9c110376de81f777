// A redeclared CommonJS wrapper variable: an ES module too.
const require = 5;
console.log("redeclare.js", typeof require, typeof exports);
