// Importing a name an ES module does not export fails at link time with V8's message.
import { nope } from './lib.mjs';
console.log(nope);
