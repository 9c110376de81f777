// An uncaught thrown string: node shows the throw statement, the string, and a --trace-uncaught hint.
function fail() {
  throw "plain string";
}
console.log("before");
fail();
