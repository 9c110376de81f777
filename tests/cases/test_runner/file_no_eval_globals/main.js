// --test starts node's runner, which is no `-e` script: its files (children in node) see none of
// the eval globals. rjs starts the runner as `-e` code and its require, module, exports,
// __filename, __dirname and lazy built-in globals (fs, http, util...) leaked into the files: an
// ES module found `require` defined, a CommonJS file found `fs` and `http`.
// This file only carries the headers.
// @cli: --test a.fixture.mjs b.fixture.cjs
// @normalize: duration_ms:? [\d.]+
// @normalize: (\n +(async )?([^\n(]*\((node:[^)\n]*|<anonymous>)\)|node:[^\n]*))+
const x = 1;
