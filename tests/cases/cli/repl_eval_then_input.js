// @cli: -i -e "var x = 21; const greet = (n) => 'hi ' + n; console.log('from eval', module.id, __filename); globalThis.evalModule = module"
// @stdin: x * 2\ngreet('repl')\nconst y = x + 1\ny\nmodule.id\nevalModule.id\n__filename\nexports === module.exports\n.exit\n
// @stdout-from-line: 2
// -i with -e: node starts the REPL (banner, prompt), runs the -e code in the global scope, then
// reads the REPL's input, which sees what the code declared; module and require are the
// REPL's again, __filename and exports stay the code's.
