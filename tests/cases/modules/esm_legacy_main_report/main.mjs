// A static import of a package whose "main" is missing: node's report shows the legacyMainResolve
// line of its resolver (esm/resolve:215), not packageResolve's throw.
import 'emptymain';
