// @cli: --check _check_bad_module.mjs
// --check parses an ES module as one: its syntax error is reported (exit 1), as node does.
