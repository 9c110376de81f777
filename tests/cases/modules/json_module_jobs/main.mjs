// node keeps one module job per (URL, type): a JSON URL with a query or fragment is its own
// instance (not require()'s), and a later import with the same type gets the first one's
// outcome whatever its other attributes (an unsupported key fails only the first; a later
// plain import fails with the same error). Attribute error messages name the URL with its query.
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
const require = createRequire(import.meta.url);
const dir = fileURLToPath(new URL('.', import.meta.url));
const t = async (s, o) => {
  try {
    const m = await import(s, o);
    console.log(s, JSON.stringify(o), 'OK', JSON.stringify(m.default));
    return m;
  } catch (e) {
    console.log(s, JSON.stringify(o), 'ERR', e.code, e.message.split(dir).join('<D>/'));
    return e;
  }
};
const json = { with: { type: 'json' } };
const a = await t('./n.json', json);
const b = await t('./n.json?x=1', json);
const c = await t('./n.json#h', json);
const d = await t('./n.json?x=1', json);
console.log(a.default === b.default, a === b, a.default === c.default, b === d, require('./n.json') === a.default);
await t('./n.json', { with: { type: 'json', other: 'x' } });
const e1 = await t('./arr.json', { with: { type: 'json', other: 'x' } });
const e2 = await t('./arr.json', json);
console.log('same error', e1 === e2);
await t('./arr.json?q', json);
await t('./m.mjs?v', json);
await t('./m.mjs?v', { with: { type: 'css' } });
await t('./n.json?q#h', {});
await t('./bad.json?z', json);
