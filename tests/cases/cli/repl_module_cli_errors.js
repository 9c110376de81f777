// @cli: -i
// @stdin: 1+1\nPromise.reject(new Error("r")); 1\nfunction h() { return Promise.reject(new RangeError("c")) }\nh(); 2\nthrow new Error("x")\nfunction f(\n) { return 1 }\nf()\n_\nconst {a} = {a: 3}\na\nnull.x\nfunction g() { throw new TypeError("q") }\ng()\nfoo bar\nthrow {a: 1}\n_error\nfs.existsSync(".")\nlet t = await Promise.resolve(4)\nt\n.clear\n.exit\n
// @stdout-from-line: 2
// The CLI REPL is node:repl's REPLServer: errors as node's REPL prints them (frames inside REPL
// functions kept), rejections left unhandled by REPL code (no crash), `_`/`_error`, built-in
// modules as globals, top-level await, .clear on the global.
