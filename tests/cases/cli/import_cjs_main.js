// @cli: --import ./_import_setup.mjs _import_main.js
// With --import, node runs a CommonJS main file from its ESM loader (an import of it): its
// module id is its file name, it has no parent, and its stack ends in the loader's frames.
