// Relative ESM specifiers are URLs: percent-decoded, a query or fragment makes a separate
// module instance (cache busting) whose import.meta.url keeps it; file: URLs with a host fail.
const t = async (f) => { try { console.log(await f()); } catch (e) { console.log('ERR', e.name, e.code, String(e.message).split(import.meta.dirname).join('<D>').split('\n')[0]); } };
await t(() => import(5));
await t(() => import(undefined));
await t(() => import('./'));
await t(() => import('file:///nonexistent/x.mjs'));
await t(() => import('file://host/x.mjs'));
await t(() => import('./f.js?query=1').then(m => m.default));
await t(() => import('./f.js#hash').then(m => m.default));
await t(() => import('./f%2Ejs').then(m => m.default));
await t(() => import.meta.resolve('./f.js?x').split(import.meta.dirname).join('<D>'));
await t(() => import.meta.resolve(5));
await t(async () => { const a = await import('./q.mjs?v=1'); const b = await import('./q.mjs?v=2'); const c = await import('./q.mjs?v=1'); const d = await import('./q.mjs'); return [a === b, a === c, a === d, a.url.split(import.meta.dirname).join('<D>'), d.url.split(import.meta.dirname).join('<D>'), globalThis.qCount]; });
await t(async () => (await import('./q.mjs#frag')).url.split(import.meta.dirname).join('<D>'));
