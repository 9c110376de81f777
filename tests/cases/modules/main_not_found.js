// @cli: ./no-such-entry-file.js
// A missing entry script: node's loader report (the 'throw err;' header, then the error
// thrown in Module._resolveFilename under Module._load) and exit code 1.
