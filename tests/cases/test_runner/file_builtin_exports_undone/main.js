// --test runs each file in a child process of its own: a stub a file assigns to a built-in's
// exports (fs.existsSync, path.join, os.platform through process.getBuiltinModule, a new
// property on util) and never puts back is gone in the next file (rjs ran the files in one
// process and the built-ins' exports were shared). This file only carries the headers.
// @cli: --test a.fixture.js b.fixture.js
// @normalize: duration_ms:? [\d.]+
