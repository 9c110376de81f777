// "exports" targets resolve as URLs against package.json (node's finalizeResolution): escapes
// decode, an encoded "/" or "\" is ERR_INVALID_MODULE_SPECIFIER (require names the URL, import
// the path); a subpath ending in "/" matches no exact key; a non-string invalid target is named
// as a string (with the 'targets must start with "./"' hint). Import of a plain package subpath
// and of a relative URL decode escapes the same way.
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import path from 'path';
const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const show = (e) => `ERR ${e.name} ${e.code} ${e.message.split('\n')[0].split(here).join('<D>')}`;
const req = (s) => new Promise((res) => res({ default: require(s) }));
const specs = ['pe/space', 'pe/lit', 'pe/pat/sp%20ce.js', 'pe/pat/sp ce.js', 'pe/pat/..%2F..%2Fx.js', 'pe/pat/a%2fb.js',
  'pe/pat/a%5Cb.js', 'pe/pat/%zz.js', 'pe/sub/', 'pe/sub/sp ce.js', 'pe/num', 'pe/obj', 'pe/self', 'plain/sp%20ce.js',
  'plain/sp ce.js', 'plain/a%2Fb.js', './sp%20ce.mjs', './a%2fb.mjs'];
for (const [name, load] of [['require', req], ['import', (s) => import(s)]]) {
  for (const s of specs) {
    try { console.log(name, s, (await load(s)).default); } catch (e) { console.log(name, s, show(e)); }
  }
}
