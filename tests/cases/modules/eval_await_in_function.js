// @cli: -e "function f() { await 1 }"
// -e code whose await is in a plain function fails as an async function body too: it stays
// CommonJS and throws the script's SyntaxError ([eval]:1, not an ES module's [eval1] report).
