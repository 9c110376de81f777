// --test runs each file in a child process of its own: globals a file adds or replaces and the
// environment variables it sets are gone in the next file (rjs runs the files in one process and
// let them leak from one file into the next). An ES module file's process.argv is
// [execPath, file] too (rjs left it at [execPath]). This file only carries the headers.
// @cli: --test a.fixture.js b.fixture.js c.fixture.mjs
// @normalize: duration_ms:? [\d.]+
const x = 1;
