// @cli: --eval "import(\"nopkg\")"
// An import() from -e code that nobody handles: node reports the error from the resolver line
// that made it (node:internal/modules/esm/resolve:873), not as a plain rejection.
