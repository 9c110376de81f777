// @cli: -i
// @stdin: .nope\n.help\n.save\nconst answer = 42\n.load _repl_load.js\nloadedValue\n.break\nlet p = Promise.resolve(answer)\nawait new Promise((r) => setTimeout(() => r(answer + 1), 5))\n
// @stdout-from-line: 2
