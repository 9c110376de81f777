// await in a plain function fails as an async body too: it stays CommonJS (its error).
function f() { await 1; }
