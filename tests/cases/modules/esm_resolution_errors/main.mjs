// ESM resolution and load errors as node words them: "Did you mean" hints from the CommonJS
// resolver, directory imports (a trailing slash kept), unknown extensions, JSON and other
// import attributes, data: URLs, packages, import.meta.resolve.
const rel = (s) => String(s).split(import.meta.dirname).join('<dir>');
const t = async (f) => {
  try { console.log(rel(await f())); } catch (e) { console.log('ERR', e.name, e.code, rel(e.message)); }
};
await t(() => import('./cjs1'));
await t(() => import('./dir'));
await t(() => import('./dir/'));
await t(() => import('./nope.js'));
await t(() => import('./file.txt'));
await t(async () => (await import('./m/noext')).default);
await t(() => import('./m/x.txt'));
await t(() => import('./data.json'));
await t(async () => (await import('./data.json', { with: { type: 'json' } })).default.j);
await t(() => import('./cjs1.js', { with: { type: 'json' } }));
await t(() => import('./data.json', { with: { type: 'css' } }));
await t(() => import('./cjs1.js', { with: { foo: 'bar' } }));
await t(() => import('fs', { with: { type: 'json' } }));
await t(() => import('nopkg'));
await t(() => import('pkg/b'));
await t(() => import('pkg'));
await t(async () => (await import('data:text/javascript,export default 6*7')).default);
await t(async () => (await import('data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgNw==')).default);
await t(async () => (await import('data:text/javascript,export default import.meta.url')).default);
await t(async () => (await import('data:application/json,{"k":2}', { with: { type: 'json' } })).default.k);
await t(() => import('data:application/json,[1]'));
await t(() => import('data:text/plain,x'));
await t(() => import('data:text/javascript,import "./x.js"'));
await t(() => import('node:nope'));
await t(() => import('test'));
await t(async () => typeof (await import('node:test')).default);
await t(() => import.meta.resolve('./x.js'));
await t(() => import.meta.resolve('pkg/a'));
await t(() => import.meta.resolve('fs'));
await t(() => Object.keys(import.meta).join());
