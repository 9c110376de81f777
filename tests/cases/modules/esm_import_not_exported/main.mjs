// A static import of a subpath a package's "exports" does not list: node's report shows
// exportsNotFound's line (esm/resolve:322).
import 'pkg/hidden';
