// A static import of a package that is not installed: node's report shows the line in its
// resolver that makes the error (esm/resolve:873) and its frames up to the module job.
import './importer.mjs';
