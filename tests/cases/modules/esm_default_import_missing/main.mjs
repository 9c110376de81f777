// A default import of an ES module without a default export fails at link time: node
// reports it under the import statement, the caret under the local name.
import './importer.mjs';
