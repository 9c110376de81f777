// A static import of a file that does not exist: node's report shows its resolver's
// finalizeResolution throw (esm/resolve:283).
import './no-such-file.mjs';
