// import of packages without "exports": "main" with node's suffixes, index fallbacks, and
// the ERR_MODULE_NOT_FOUND text naming the file it looked for.
const t = async (f) => { try { console.log(await f()); } catch (e) { console.log('ERR', e.name, e.code, String(e.message).split(import.meta.dirname).join('<D>')); } };
process.on('warning', (w) => console.log('warning', w.code, w.message.split(import.meta.dirname).join('<D>')));
await t(async () => (await import('nomain')).default);
await t(async () => (await import('badmain')).default);
await t(async () => (await import('dirmain')).default);
await t(async () => (await import('nomain/x')).default);
