// @cli: -i -p "var n = [1, 2, 3]; n.map((v) => v * 10)"
// @stdin: n.length\n
// @stdout-from-line: 2
// -i with -p: the code's value is printed after the first prompt, then the REPL reads its input.
