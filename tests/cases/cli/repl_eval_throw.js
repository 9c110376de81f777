// @cli: -i -e "console.log('before'); throw new TypeError('eval boom')"
// @stdin: 1 + 1\n
// @stdout-from-line: 2
// -i with -e: an error the code throws is not the REPL's: node prints its report and exits 1.
