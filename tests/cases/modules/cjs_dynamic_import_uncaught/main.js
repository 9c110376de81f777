// An import() in a CommonJS module that nobody handles, of a missing package: node reports it
// from the resolver's throw (packageResolve) with its loader's frames.
import('nopkg-at-all');
