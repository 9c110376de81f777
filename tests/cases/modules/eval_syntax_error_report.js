// @cli: -e "const ok = 1; const x = ; import('fs')"
// A -e script that does not parse (it names import, but is no module): node's [eval] report.
