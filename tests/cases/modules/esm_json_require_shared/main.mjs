// A JSON file imported as a module and required is one value in node: the ES import fills
// require.cache with { exports, loaded: true }, and an import after require() reuses the
// cached module.exports.
import { createRequire } from 'node:module';
import a from './a.json' with { type: 'json' };
const require = createRequire(import.meta.url);
console.log(require('./a.json') === a, require.cache[require.resolve('./a.json')].loaded);
const b = require('./b.json');
const { default: b2 } = await import('./b.json', { with: { type: 'json' } });
console.log(b2 === b, b2);
