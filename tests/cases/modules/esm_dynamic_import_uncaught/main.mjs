// An import() in an ES module that nobody handles, of a missing file: node reports it from the
// resolver's throw (finalizeResolution) with its loader's frames down to the import callback.
import('./missing.mjs');
