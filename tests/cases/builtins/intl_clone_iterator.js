// structuredClone refuses Intl objects (V8's DataCloneError text); Segments iterators are
// 'Segmenter String Iterator's with no own properties; getter and bound-function shapes.
const util = require('util');
const r = (f) => { try { return util.inspect(f()); } catch (e) { return `${e.name}: ${e.message}`; } };
const kinds = ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter', 'Locale', 'DisplayNames'];
for (const k of kinds) console.log(k, r(() => structuredClone(new Intl[k]('en', k === 'DisplayNames' ? { type: 'region' } : undefined))));
class Q extends Intl.NumberFormat {}
console.log(r(() => structuredClone(new Q('en'))), r(() => structuredClone(Object.create(Intl.NumberFormat.prototype))), r(() => structuredClone({ [Symbol.toStringTag]: 'Intl.Fake' })));
const nf = new Intl.NumberFormat('en'), co = new Intl.Collator('en'), dtf = new Intl.DateTimeFormat('en', { timeZone: 'UTC' });
console.log([nf.format.name, nf.format.length, co.compare.name, co.compare.length, dtf.format.name, dtf.format.length], nf.format === nf.format, co.compare === co.compare);
console.log(Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'language').get.name, dtf.format(86400000));
const segs = new Intl.Segmenter('en', { granularity: 'word' }).segment('Hi, you!');
const it = segs[Symbol.iterator]();
console.log(it[Symbol.toStringTag], util.inspect(it), Reflect.ownKeys(it), it[Symbol.iterator]() === it);
console.log(it.next(), [...it].map((s) => `${s.segment}:${s.index}:${s.isWordLike}`).join(' '), it.next());
console.log(r(() => it.next.call({})), r(() => Object.getPrototypeOf(segs).containing.call({})), [...segs].length);
