// A `module.exports =` assignment drops the re-exports cjs-module-lexer found before it: only
// the last assigned module's names (and later star re-exports) are importable by name.
for (const f of ['./m.cjs', './cond.cjs']) console.log(f, Object.keys(await import(f)));
