// @cli: -i -e "Promise.reject(new RangeError('eval rejection')); console.log('after')"
// @stdin: 2 + 2\n
// @stdout-from-line: 2
// -i with -e: a rejection the code leaves unhandled is fatal (the REPL's domain does not bind the
// -e code), before the REPL reads its input.
