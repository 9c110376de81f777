// A named import a CommonJS module lacks fails at link time: node reports it under the
// import statement (file URL, line, caret under the name) with its suggestion message.
import './importer.mjs';
