// @cli: -i
// @stdin: 1 + 1\nconst x = {\na: 1}\nx\n[1, 'two', { three: 3 }]\nnew Map([[1, 2]])\n.exit\n
// @stdout-from-line: 2
