// @cli: -i
// @stdin: const x = 1\n[x].forEach(function each() { Promise.reject(new Error("in forEach")) }); x + 1\n
// @stdout-from-line: 2
// An error REPL code rejects or throws later: node's domain handler keeps the frames above the
// last unnamed one (the REPL line's own), or all but the last when none is.
