// --test: each file runs in a process of its own in node, so a module two files import (an ES
// module, or a CommonJS one imported) is evaluated afresh for each, its state not shared (rjs
// kept the first file's instances).
// @normalize: duration_ms:? [\d.]+
// @normalize: \/[^\s']*\/files\/
// @cli: --test files
const x = 1;
