const path = require('path');
const lib = require('./lib');
console.log(lib.name, lib.sum(2, 3));
console.log(require('./data.json').value);
console.log(require('pkg-main').hello());
console.log(require('pkg-exports').kind);
console.log(require('pkg-exports/feature').feature);
console.log(require('@scope/thing'));
console.log(require('./sub/a').fromB);
console.log(path.relative(__dirname, require.resolve('./lib')));
console.log(path.relative(__dirname, require.resolve('pkg-main')));
console.log(require.main === module, module.id, typeof module.exports);
console.log(Object.keys(require.cache).map((k) => path.relative(__dirname, k)).sort());
console.log(require('node:path') === path, require('path') === require('node:path'));
try { require('./missing'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require('nope-pkg'); } catch (e) { console.log(e.code); }
try { require('pkg-exports/private'); } catch (e) { console.log(e.code); }
try { require('node:nope'); } catch (e) { console.log(e.code); }
const { createRequire } = require('module');
const req = createRequire(__filename);
console.log(req('./lib').name);
console.log(require('module').builtinModules.includes('fs'), require('module').isBuiltin('node:fs'));
console.log(typeof require('#internal'));
console.log(require('pkg-exports/utils/a').name, require('pkg-exports/utils/a.js').name);
console.log(require('#lib/named').name);
try { require('#nope'); } catch (e) { console.log(e.code); }
