// An entry in a "type": "module" scope runs under the ESM loader (node 20's
// shouldUseESMLoader), where a JSON file needs an import attribute: `node data.json` fails
// with ERR_IMPORT_ASSERTION_TYPE_MISSING (rjs loaded it as CommonJS and exited 0).
// @cli: pkg/data.json
