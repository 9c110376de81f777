// internal/intl -- a small `Intl` for rjs. Boa is built without ICU (its data would triple the
// wasm), so this covers what scripts commonly use with node's default en-US output:
// NumberFormat (every style and notation, currencies and units with en names), DateTimeFormat
// (numeric and named forms, ranges, the local zone from TZ and IANA zones through
// node/timezone.rs), Collator/localeCompare (ICU-like: base letters, then accents, then lower
// before upper), PluralRules, RelativeTimeFormat, ListFormat, the toLocaleString family built on
// them, and Segmenter (UAX #29 in Rust). About twenty common locales have CLDR data taken from
// node 20 (number and currency symbols, compact forms, month/weekday names and date patterns,
// relative times, lists, plural rules, zone abbreviations); unit, currency and region display
// names stay English. The default locale comes from LC_ALL/LC_MESSAGES/LANG, as ICU's.
'use strict';

// Number symbols of the locales scripts commonly name (CLDR, as node 20 prints them): group and
// decimal separators, grouping only from 5 integer digits, the space before '%', the minus sign
// and where a currency goes (en: '-$1', after: '-1 \u20ac', beforeSpace: '-\u20ac 1', nl: '\u20ac -1', ch: 'CHF-1', 'CHF 1').
const numberLocales = {
  en: [',', '.', false, '', '-', 'en'], de: ['.', ',', false, '\u00a0', '-', 'after'], es: ['.', ',', true, '\u00a0', '-', 'after'],
  it: ['.', ',', true, '', '-', 'after'], nl: ['.', ',', false, '', '-', 'nl'], pt: ['.', ',', false, '', '-', 'beforeSpace'],
  'pt-PT': ['\u00a0', ',', true, '', '-', 'after'], fr: ['\u202f', ',', false, '\u00a0', '-', 'after'],
  'fr-CA': ['\u00a0', ',', false, '\u00a0', '-', 'after'], 'en-ZA': ['\u00a0', ',', false, '', '-', 'en'], ru: ['\u00a0', ',', false, '\u00a0', '-', 'after'],
  sv: ['\u00a0', ',', false, '\u00a0', '\u2212', 'after'], pl: ['\u00a0', ',', true, '', '-', 'after'],
  // More of node 20's locales (the seventh entry: a percent sign before the number).
  da: ['.', ',', false, '\u00a0', '-', 'after'], nb: ['\u00a0', ',', false, '\u00a0', '\u2212', 'after'], no: ['\u00a0', ',', false, '\u00a0', '\u2212', 'after'],
  fi: ['\u00a0', ',', false, '\u00a0', '\u2212', 'after'], cs: ['\u00a0', ',', false, '\u00a0', '-', 'after'], sk: ['\u00a0', ',', false, '\u00a0', '-', 'after'],
  el: ['.', ',', false, '', '-', 'after'], hu: ['\u00a0', ',', true, '', '-', 'after'], ro: ['.', ',', false, '\u00a0', '-', 'after'],
  uk: ['\u00a0', ',', false, '', '-', 'after'], id: ['.', ',', false, '', '-', 'en'], vi: ['.', ',', false, '', '-', 'after'],
  bg: ['\u00a0', ',', true, '', '-', 'after'], hr: ['.', ',', false, '\u00a0', '\u2212', 'after'], sl: ['.', ',', true, '\u00a0', '\u2212', 'after'],
  lt: ['\u00a0', ',', false, '\u00a0', '\u2212', 'after'], lv: ['\u00a0', ',', true, '', '-', 'after'], et: ['\u00a0', ',', true, '', '\u2212', 'after'],
  tr: ['.', ',', false, '', '-', 'en', 'before'], 'de-AT': ['\u00a0', ',', false, '\u00a0', '-', 'beforeSpace'], 'es-MX': [',', '.', false, '', '-', 'beforeSpace'],
  'es-US': [',', '.', false, '', '-', 'beforeSpace'], 'de-CH': ["'", '.', false, '', '-', 'ch'], 'it-CH': ["'", '.', true, '', '-', 'ch'],
  'es-AR': ['.', ',', false, '', '-', 'beforeSpace'], 'es-CO': ['.', ',', false, '', '-', 'beforeSpace'], 'es-UY': ['.', ',', false, '', '-', 'beforeSpace'],
  'es-BO': ['.', ',', false, '', '-', 'beforeSpace'], 'es-419': [',', '.', false, '', '-', 'beforeSpace'], 'es-PE': [',', '.', false, '', '-', 'beforeSpace'],
  'es-GT': [',', '.', false, '', '-', 'beforeSpace'], 'es-PR': [',', '.', false, '', '-', 'beforeSpace'], 'es-DO': [',', '.', false, '', '-', 'beforeSpace'],
};
// NaN where a locale does not write it so (CLDR).
const localNaN = { ru: '\u043d\u0435\u00a0\u0447\u0438\u0441\u043b\u043e', 'zh-TW': '\u975e\u6578\u503c', fi: 'ep\u00e4luku', lv: 'NS' };
function numberSymbols(locale) {
  const [group, decimal, min2, percentSpace, minus, currency, percent] = numberLocales[locale] || numberLocales[lang(locale)] || numberLocales.en;
  // Indian grouping (en-IN, hi): the last three digits, then pairs.
  return { group, decimal, min2, percentSpace, minus, currency, percentBefore: percent === 'before', indian: /^(en-IN|hi)\b/i.test(locale) };
}
// The locale a service resolves to (ECMA-402's ResolveLocale as ICU answers it, approximated):
// the first requested tag of a language with data, an unknown region left out, keeping only the
// Unicode keywords in `keys` (a collation only where the language has it); en-US when none.
function localeOf(locales, keys = []) {
  return requestedLocale(locales, keys) ?? defaultLocale(keys);
}
// The default locale: ICU's from the environment (LC_ALL, then LC_MESSAGES, then LANG; de_DE.UTF-8
// is de-DE, C and POSIX en-US), resolved like a requested one; en-US when it has no data.
let environmentLocale;
function defaultLocale(keys = []) {
  if (environmentLocale === undefined) environmentLocale = posixLocaleTag() ?? null;
  if (environmentLocale === null) return 'en-US';
  try {
    return requestedLocale(environmentLocale, keys) ?? 'en-US';
  } catch {
    return 'en-US';
  }
}
function posixLocaleTag() {
  const env = globalThis.process ? globalThis.process.env : {};
  // The first of them that is set counts, as in ICU (set but empty: ICU's root locale, here en-US).
  const raw = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  const m = /^([a-zA-Z]{2,3})(?:_([a-zA-Z]{2}|\d{3}))?(?:[.@]|$)/.exec(raw);
  if (!m || raw === 'POSIX') return undefined;
  return m[2] ? `${m[1].toLowerCase()}-${m[2].toUpperCase()}` : m[1].toLowerCase();
}
// Resolutions of locale strings, by the keywords kept (formatters are made often with one tag).
const resolvedLocales = new Map();
function requestedLocale(locales, keys) {
  if (locales === undefined) return undefined;
  if (typeof locales !== 'string') return resolveLocale(locales, keys);
  const key = `${keys}|${locales}`;
  let out = resolvedLocales.get(key);
  if (out === undefined && !resolvedLocales.has(key)) {
    out = resolveLocale(locales, keys);
    if (resolvedLocales.size >= 64) resolvedLocales.clear();
    resolvedLocales.set(key, out);
  }
  return out;
}
function resolveLocale(locales, keys) {
  for (const tag of canonicalLocales(locales)) {
    const l = parseTag(tag);
    if (!displayMap('language').has(l.language)) continue;
    if (l.region && !displayMap('region').has(l.region) && !displayMap('area').has(l.region)) {
      l.region = undefined;
      l.variants = '';
    }
    const collations = (likelyOf(l.language) || {}).collations || [];
    for (const k of Object.keys(l.keywords)) {
      if (!keys.includes(k) || (k === 'co' && !collations.includes(l.keywords.co))) delete l.keywords[k];
    }
    return localeString(l);
  }
  return undefined;
}
function canonicalLocales(locales) {
  if (locales === undefined) return [];
  if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
  const list = typeof locales === 'string' || locales instanceof Locale ? [locales] : Object(locales);
  const out = [];
  for (let k = 0, n = Math.min(Math.max(Math.trunc(Number(list.length)) || 0, 0), 2 ** 32); k < n; k++) {
    if (!(k in list)) continue;
    const v = list[k];
    if (typeof v !== 'string' && (v === null || typeof v !== 'object')) throw new TypeError('Language ID should be string or object.');
    const tag = v instanceof Locale ? v.toString() : localeString(parseTag(`${v}`));
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}
// A constructor's options: undefined is {}, null a TypeError (V8's message for each constructor).
function optionsOf(options, nullMessage) {
  if (options === null) throw new TypeError(nullMessage);
  return options === undefined ? {} : Object(options);
}
const localeMatchers = ['lookup', 'best fit'];
const lang = (locale) => locale.split(/[-_]/)[0].toLowerCase();
const part = (type, value) => ({ type, value });
const literal = (value) => ({ type: 'literal', value });


// ICU rounds the shortest decimal form of a number (no binary drift; 1e21 and up print all
// their digits): [digits without leading zeros, position of the decimal point among them].
// `shift` moves the point right (2 for percent: x * 100 without drift).
function decimalOf(x, shift) {
  const text = String(x);
  const e = text.indexOf('e');
  const digits = e < 0 ? text : text.slice(0, e);
  const dot = digits.indexOf('.');
  const all = dot < 0 ? digits : digits.slice(0, dot) + digits.slice(dot + 1);
  let lead = 0;
  while (lead < all.length - 1 && all[lead] === '0') lead++;
  const mant = all[lead] === '0' ? '0' : all.slice(lead);
  return [mant, (dot < 0 ? digits.length : dot) - lead + (e < 0 ? 0 : Number(text.slice(e + 1))) + shift];
}
// Whether a digit string is all zeros (or empty). A loop: the engine's regex calls cost microseconds.
function allZeros(digits) {
  for (let i = 0; i < digits.length; i++) if (digits[i] !== '0') return false;
  return true;
}
// Whether dropping the digits `rest` rounds the kept digits (ending in `n`) up, by an ECMA-402
// rounding mode; `negative`: the number's sign (the floor/ceil modes depend on it).
function roundsUp(rest, n, mode, negative) {
  if (allZeros(rest)) return false;
  const half = rest[0] > '5' || (rest[0] === '5' && !allZeros(rest.slice(1))) ? 1 : rest[0] === '5' ? 0 : -1;
  switch (mode) {
    case 'ceil': return !negative;
    case 'floor': return negative;
    case 'expand': return true;
    case 'trunc': return false;
    case 'halfCeil': return half > 0 || (half === 0 && !negative);
    case 'halfFloor': return half > 0 || (half === 0 && negative);
    case 'halfTrunc': return half > 0;
    case 'halfEven': return half > 0 || (half === 0 && n % 2n === 1n);
    default: return half >= 0; // halfExpand
  }
}
// Rounds to `d` fraction digits (d < 0: to tens, hundreds...): [int, frac].
function roundDecimal(mant, point, d, mode, negative) {
  const keep = point + d;
  let n = keep > 0 ? BigInt(mant.slice(0, keep).padEnd(keep, '0')) : 0n;
  if (roundsUp(keep >= 0 ? mant.slice(keep) : '0'.repeat(-keep) + mant, n, mode, negative)) n += 1n;
  if (d <= 0) return [n === 0n ? '0' : n.toString() + '0'.repeat(-d), ''];
  const str = n.toString().padStart(d + 1, '0');
  return [str.slice(0, -d), str.slice(-d)];
}
// Fraction-digit rounding ([min, max] fraction digits) or, with `sig`, significant digits.
function roundFormat(mant, point, minF, maxF, sig, mode, negative) {
  if (sig === undefined) {
    const [i, f] = roundDecimal(mant, point, maxF, mode, negative);
    let end = f.length;
    while (end > minF && f[end - 1] === '0') end--;
    return [i, f.slice(0, end)];
  }
  const [minS, maxS] = sig;
  if (mant === '0') return ['0', '0'.repeat(Math.max(0, minS - 1))];
  const [i, f] = roundDecimal(mant, point, maxS - point, mode, negative);
  let frac = f.padEnd(Math.max(f.length, minS - point), '0');
  const sigCount = (x) => (i + x).replace(/^0+/, '').length;
  while (frac.length && frac[frac.length - 1] === '0' && sigCount(frac.slice(0, -1)) >= minS) frac = frac.slice(0, -1);
  return [i, frac];
}
const compactUnits = [[12, 'T', 'trillion'], [9, 'B', 'billion'], [6, 'M', 'million'], [3, 'K', 'thousand']]; // largest first
// Other locales' compact patterns (CLDR via node 20), short and long: units '10^k0-10^k1:e:patterns'
// (divided by 10^e), patterns one for all or by plural category ('1=' for exactly one, fr 'mille').
const localCompactText = {
  tr: ['3-5:3:0\u00a0B;6-8:6:0\u00a0Mn;9-11:9:0\u00a0Mr;12-18:12:0\u00a0Tn', '3-5:3:0 bin;6-8:6:0 milyon;9-11:9:0 milyar;12-18:12:0 trilyon'],
  hi: ['3-4:3:0\u00a0\u0939\u091c\u093c\u093e\u0930;5-6:5:0\u00a0\u0932\u093e\u0916;7-8:7:0\u00a0\u0915\u0970;9-10:9:0\u00a0\u0905\u0970;11-12:11:0\u00a0\u0916\u0970;13-18:13:0\u00a0\u0928\u0940\u0932', '3-4:3:0 \u0939\u091c\u093c\u093e\u0930;5-6:5:0 \u0932\u093e\u0916;7-8:7:0 \u0915\u0930\u094b\u0921\u093c;9-10:9:0 \u0905\u0930\u092c;11-18:11:0 \u0916\u0930\u092c'],
  'en-GB': ['3-5:3:0k;6-8:6:0m;9-11:9:0bn;12-18:12:0tn', '3-5:3:0 thousand;6-8:6:0 million;9-11:9:0 billion;12-18:12:0 trillion'],
  'en-IN': ['3-4:3:0K;5-6:5:0L;7-9:7:0Cr;10-11:10:0KCr;12-18:12:0LCr', '3-4:3:0 thousand;5-6:5:0\u202flakh;7-11:7:0\u202fcrore;12-18:12:0\u202flakh\u202fcrore'],
  'de': ['6-8:6:0\u00a0Mio.;9-11:9:0\u00a0Mrd.;12-18:12:0\u00a0Bio.', '3-5:3:0 Tausend;6-8:6:one=0 Million|other=0 Millionen;9-11:9:one=0 Milliarde|other=0 Milliarden;12-18:12:one=0 Billion|other=0 Billionen'],
  'fr': ['3-5:3:0\u00a0k;6-8:6:0\u00a0M;9-11:9:0\u00a0Md;12-18:12:0\u00a0Bn', '3-5:3:1=mille|other=0 mille|one=0 millier;6-8:6:one=0 million|other=0 millions;9-11:9:one=0 milliard|other=0 milliards;12-18:12:one=0 billion|other=0 billions'],
  'fr-CA': ['3-5:3:0\u00a0k;6-8:6:0\u00a0M;9-11:9:0\u00a0G;12-18:12:0\u00a0T', '3-5:3:0 mille;6-8:6:one=0 million|other=0 millions;9-11:9:one=0 milliard|other=0 milliards;12-18:12:one=0 billion|other=0 billions'],
  'es': ['3-5:3:0\u00a0mil;6-9:6:0\u00a0M;10-11:9:0\u00a0mil\u00a0M;12-18:12:0\u00a0B', '3-5:3:0 mil;6-8:6:one=0 mill\u00f3n|other=0 millones;9-11:9:0 mil millones;12-18:12:one=0 bill\u00f3n|other=0 billones'],
  'es-MX': ['3-5:3:0\u00a0k;6-9:6:0\u00a0M;10-11:9:0\u00a0mil\u00a0M;12-18:12:0\u00a0B', '3-5:3:0 mil;6-8:6:one=0 mill\u00f3n|other=0 millones;9-11:9:0 mil millones;12-18:12:one=0 bill\u00f3n|other=0 billones'],
  'it': ['3-5:3:0K;6-8:6:0\u00a0Mln;9-11:9:0\u00a0Mld;12-18:12:0\u00a0Bln', '3-5:3:0 mila|1=mille;6-8:6:one=0 milione|other=0 milioni;9-11:9:one=0 miliardo|other=0 miliardi;12-18:12:one=0 mille miliardi|other=0 mila miliardi'],
  'pt': ['3-5:3:0\u00a0mil;6-8:6:0\u00a0mi;9-11:9:0\u00a0bi;12-18:12:0\u00a0tri', '3-5:3:0 mil;6-8:6:one=0 milh\u00e3o|other=0 milh\u00f5es;9-11:9:one=0 bilh\u00e3o|other=0 bilh\u00f5es;12-18:12:one=0 trilh\u00e3o|other=0 trilh\u00f5es'],
  'pt-PT': ['3-5:3:0\u00a0mil;6-8:6:0\u00a0M;9-11:9:0\u00a0mM;12-18:12:0\u00a0Bi', '3-5:3:0 mil;6-8:6:one=0 milh\u00e3o|other=0 milh\u00f5es;9-11:9:0 mil milh\u00f5es;12-18:12:one=0 bili\u00e3o|other=0 bili\u00f5es'],
  'nl': ['3-5:3:0K;6-8:6:0\u00a0mln.;9-11:9:0\u00a0mld.;12-18:12:0\u00a0bln.', '3-5:3:0 duizend;6-8:6:0 miljoen;9-11:9:0 miljard;12-18:12:0 biljoen'],
  'sv': ['3-5:3:0\u00a0tn;6-8:6:0\u00a0mn;9-11:9:0\u00a0md;12-18:12:0\u00a0bn', '3-5:3:0 tusen;6-8:6:one=0 miljon|other=0 miljoner;9-11:9:one=0 miljard|other=0 miljarder;12-18:12:one=0 biljon|other=0 biljoner'],
  'pl': ['3-5:3:0\u00a0tys.;6-8:6:0\u00a0mln;9-11:9:0\u00a0mld;12-18:12:0\u00a0bln', '3-5:3:one=0 tysi\u0105c|few=0 tysi\u0105ce|many=0 tysi\u0119cy|other=0 tysi\u0105ca;6-8:6:one=0 milion|few=0 miliony|many=0 milion\u00f3w|other=0 miliona;9-11:9:one=0 miliard|few=0 miliardy|many=0 miliard\u00f3w|other=0 miliarda;12-18:12:one=0 bilion|few=0 biliony|many=0 bilion\u00f3w|other=0 biliona'],
  'ru': ['3-5:3:0\u00a0\u0442\u044b\u0441.;6-8:6:0\u00a0\u043c\u043b\u043d;9-11:9:0\u00a0\u043c\u043b\u0440\u0434;12-18:12:0\u00a0\u0442\u0440\u043b\u043d', '3-5:3:one=0 \u0442\u044b\u0441\u044f\u0447\u0430|few=0 \u0442\u044b\u0441\u044f\u0447\u0438|many=0 \u0442\u044b\u0441\u044f\u0447|other=0 \u0442\u044b\u0441\u044f\u0447\u0438;6-8:6:one=0 \u043c\u0438\u043b\u043b\u0438\u043e\u043d|few=0 \u043c\u0438\u043b\u043b\u0438\u043e\u043d\u0430|many=0 \u043c\u0438\u043b\u043b\u0438\u043e\u043d\u043e\u0432|other=0 \u043c\u0438\u043b\u043b\u0438\u043e\u043d\u0430;9-11:9:one=0 \u043c\u0438\u043b\u043b\u0438\u0430\u0440\u0434|few=0 \u043c\u0438\u043b\u043b\u0438\u0430\u0440\u0434\u0430|many=0 \u043c\u0438\u043b\u043b\u0438\u0430\u0440\u0434\u043e\u0432|other=0 \u043c\u0438\u043b\u043b\u0438\u0430\u0440\u0434\u0430;12-18:12:one=0 \u0442\u0440\u0438\u043b\u043b\u0438\u043e\u043d|few=0 \u0442\u0440\u0438\u043b\u043b\u0438\u043e\u043d\u0430|many=0 \u0442\u0440\u0438\u043b\u043b\u0438\u043e\u043d\u043e\u0432|other=0 \u0442\u0440\u0438\u043b\u043b\u0438\u043e\u043d\u0430'],
  'ja': ['4-7:4:0\u4e07;8-11:8:0\u5104;12-15:12:0\u5146;16-18:16:0\u4eac', '4-7:4:0\u4e07;8-11:8:0\u5104;12-15:12:0\u5146;16-18:16:0\u4eac'],
  'zh': ['4-7:4:0\u4e07;8-11:8:0\u4ebf;12-18:12:0\u4e07\u4ebf', '4-7:4:0\u4e07;8-11:8:0\u4ebf;12-18:12:0\u4e07\u4ebf'],
  'zh-Hant': ['4-7:4:0\u842c;8-11:8:0\u5104;12-18:12:0\u5146', '4-7:4:0\u842c;8-11:8:0\u5104;12-18:12:0\u5146'],
  'ko': ['3-3:3:0\ucc9c;4-7:4:0\ub9cc;8-11:8:0\uc5b5;12-18:12:0\uc870', '3-3:3:0\ucc9c;4-7:4:0\ub9cc;8-11:8:0\uc5b5;12-18:12:0\uc870'],
  'es-419': ['3-3:3:0\u00a0K;4-5:3:0\u00a0k;6-9:6:0\u00a0M;10-11:9:0\u00a0mil\u00a0M;12-18:12:0\u00a0B', '3-5:3:0 mil;6-8:6:one=0 mill\u00f3n|other=0 millones;9-11:9:0 mil millones;12-18:12:one=0 bill\u00f3n|other=0 billones'],
};
const localCompactCache = new Map();
function localCompactKey(locale) {
  const { language, script, region } = parseTag(locale);
  if (region && `${language}-${region}` in localCompactText) return `${language}-${region}`;
  if (language === 'es' && region && region !== 'ES') return 'es-419';
  if (language === 'zh' && (script === 'Hant' || ['TW', 'HK', 'MO'].includes(region))) return 'zh-Hant';
  return language === 'en' ? undefined : language;
}
function localCompact(locale, display) {
  const key = localCompactKey(locale);
  const text = key && localCompactText[key];
  if (!text) return undefined;
  const cacheKey = `${key}|${display}`;
  let units = localCompactCache.get(cacheKey);
  if (!units) {
    units = text[display === 'long' ? 1 : 0].split(';').map((unit) => {
      const [range, e, patterns] = unit.split(':');
      const [k0, k1] = range.split('-').map(Number);
      const byCategory = {};
      for (const p of patterns.split('|')) {
        const m = /^(\w+)=(.*)$/.exec(p);
        byCategory[m ? m[1] : 'other'] = m ? m[2] : p;
      }
      return { k0, k1, e: Number(e), byCategory };
    });
    localCompactCache.set(cacheKey, units);
  }
  return units;
}
// The compact unit of a number with `point` integer digits (the largest past 10^14), or undefined.
function compactUnitOf(units, point) {
  const k = Math.min(point - 1, units[units.length - 1].k1);
  return units.find((u) => k >= u.k0 && k <= u.k1);
}

// en currencies: code:symbol:narrow symbol:name:plural name:fraction digits (empty: the code,
// the symbol, the name, 2), as ICU 78 (node 20) has them.
let currencies = null;
const currencyText = 'USD:$::US dollar:US dollars ; EUR:\u20ac::euro:euros ; GBP:£::British pound:British pounds ; ' +
  'JPY:¥::Japanese yen::0 ; CNY:CN¥:¥:Chinese yuan ; INR:\u20b9::Indian rupee:Indian rupees ; ' +
  'CAD:CA$:$:Canadian dollar:Canadian dollars ; AUD:A$:$:Australian dollar:Australian dollars ; ' +
  'CHF:::Swiss franc:Swiss francs ; KRW:\u20a9::South Korean won::0 ; BRL:R$::Brazilian real:Brazilian reals ; ' +
  'MXN:MX$:$:Mexican peso:Mexican pesos ; RUB::\u20bd:Russian ruble:Russian rubles ; SEK::kr:Swedish krona:Swedish kronor ; ' +
  'NZD:NZ$:$:New Zealand dollar:New Zealand dollars ; HKD:HK$:$:Hong Kong dollar:Hong Kong dollars ; ' +
  'SGD::$:Singapore dollar:Singapore dollars ; ZAR::R:South African rand ; TRY::\u20ba:Turkish lira:Turkish Lira ; ' +
  'PLN::z\u0142:Polish zloty:Polish zlotys ; ILS:\u20aa::Israeli new shekel:Israeli new shekels ; ' +
  'NOK::kr:Norwegian krone:Norwegian kroner ; DKK::kr:Danish krone:Danish kroner ; ' +
  'TWD:NT$:$:New Taiwan dollar:New Taiwan dollars ; THB::\u0e3f:Thai baht ; VND:\u20ab::Vietnamese dong::0 ; ' +
  'PHP:\u20b1::Philippine peso:Philippine pesos ; IDR::Rp:Indonesian rupiah:Indonesian rupiahs:0 ; ' +
  'CZK::K\u010d:Czech koruna:Czech korunas ; HUF::Ft:Hungarian forint:Hungarian forints:0 ; ' +
  'UAH::\u20b4:Ukrainian hryvnia:Ukrainian hryvnias ; ARS::$:Argentine peso:Argentine pesos ; ' +
  'CLP::$:Chilean peso:Chilean pesos:0 ; COP::$:Colombian peso:Colombian pesos:0 ; EGP::E£:Egyptian pound:Egyptian pounds ; ' +
  'NGN::\u20a6:Nigerian naira:Nigerian nairas ; PKR::Rs:Pakistani rupee:Pakistani rupees:0 ; SAR:::Saudi riyal:Saudi riyals ; ' +
  'AED:::UAE dirham:UAE dirhams ; MYR::RM:Malaysian ringgit:Malaysian ringgits';
function currencyData(code) {
  if (currencies === null) {
    currencies = new Map(currencyText.split(' ; ').map((entry) => {
      const [c, symbol, narrow, name, plural, digits] = entry.split(':');
      const sym = symbol || c;
      return [c, { symbol: sym, narrow: narrow || sym, name, plural: plural || name, digits: digits ? Number(digits) : 2 }];
    }));
  }
  return currencies.get(code) || { symbol: code, narrow: code, name: code, plural: code, digits: 2 };
}

// en unit patterns ({0}: the number): short;long;narrow, each `one|other` or one for both, then
// the short and narrow forms after a `/` in compound units when they differ (ICU 78).
let unitPatterns = null;
const unitText = `acre={0} ac;{0} acre|{0} acres;{0}ac
bit={0} bit;{0} bit|{0} bits;{0}bit
byte={0} byte;{0} byte|{0} bytes;{0}B
celsius={0}°C;{0} degree Celsius|{0} degrees Celsius;{0}°C
centimeter={0} cm;{0} centimeter|{0} centimeters;{0}cm
day={0} day|{0} days;{0} day|{0} days;{0}d;d
degree={0} deg;{0} degree|{0} degrees;{0}°
fahrenheit={0}°F;{0} degree Fahrenheit|{0} degrees Fahrenheit;{0}°
fluid-ounce={0} fl oz;{0} fluid ounce|{0} fluid ounces;{0}fl oz
foot={0} ft;{0} foot|{0} feet;{0}\u2032;;ft
gallon={0} gal;{0} gallon|{0} gallons;{0}gal;gal US
gigabit={0} Gb;{0} gigabit|{0} gigabits;{0}Gb
gigabyte={0} GB;{0} gigabyte|{0} gigabytes;{0}GB
gram={0} g;{0} gram|{0} grams;{0}g
hectare={0} ha;{0} hectare|{0} hectares;{0}ha
hour={0} hr;{0} hour|{0} hours;{0}h;h
inch={0} in;{0} inch|{0} inches;{0}\u2033;;in
kilobit={0} kb;{0} kilobit|{0} kilobits;{0}kb
kilobyte={0} kB;{0} kilobyte|{0} kilobytes;{0}kB
kilogram={0} kg;{0} kilogram|{0} kilograms;{0}kg
kilometer={0} km;{0} kilometer|{0} kilometers;{0}km
liter={0} L;{0} liter|{0} liters;{0}L
megabit={0} Mb;{0} megabit|{0} megabits;{0}Mb
megabyte={0} MB;{0} megabyte|{0} megabytes;{0}MB
meter={0} m;{0} meter|{0} meters;{0}m
microsecond={0} \u03bcs;{0} microsecond|{0} microseconds;{0}\u03bcs
mile={0} mi;{0} mile|{0} miles;{0}mi
mile-scandinavian={0} smi;{0} mile-scandinavian|{0} miles-scandinavian;{0}smi
milliliter={0} mL;{0} milliliter|{0} milliliters;{0}mL
millimeter={0} mm;{0} millimeter|{0} millimeters;{0}mm
millisecond={0} ms;{0} millisecond|{0} milliseconds;{0}ms
minute={0} min;{0} minute|{0} minutes;{0}m;;min
month={0} mth|{0} mths;{0} month|{0} months;{0}m;m
nanosecond={0} ns;{0} nanosecond|{0} nanoseconds;{0}ns
ounce={0} oz;{0} ounce|{0} ounces;{0}oz
percent={0}%;{0} percent;{0}%
petabyte={0} PB;{0} petabyte|{0} petabytes;{0}PB
pound={0} lb;{0} pound|{0} pounds;{0}#;;lb
second={0} sec;{0} second|{0} seconds;{0}s;s
stone={0} st;{0} stone|{0} stones;{0}st
terabit={0} Tb;{0} terabit|{0} terabits;{0}Tb
terabyte={0} TB;{0} terabyte|{0} terabytes;{0}TB
week={0} wk|{0} wks;{0} week|{0} weeks;{0}w;w
yard={0} yd;{0} yard|{0} yards;{0}yd
year={0} yr|{0} yrs;{0} year|{0} years;{0}y;y`;
const unitDisplays = ['short', 'long', 'narrow'];
function simpleUnit(name) {
  if (unitPatterns === null) {
    unitPatterns = new Map(unitText.split('\n').map((line) => {
      const [unit, rest] = line.split('=');
      const [short, long, narrow, perShort, perNarrow] = rest.split(';');
      const forms = (p) => { const [one, other = one] = p.split('|'); return { one, other }; };
      const bare = (p) => p.replace('{0}', '').trim();
      const per = { short: `/${perShort || bare(short.split('|')[0])}`, long: ` per ${bare(long.split('|')[0])}`, narrow: `/${perNarrow || bare(narrow.split('|')[0])}` };
      return [unit, { short: forms(short), long: forms(long), narrow: forms(narrow), per }];
    }));
  }
  return unitPatterns.get(name);
}
// The pattern of a unit (`kilometer`, `kilometer-per-hour`) for a display and plural form, or
// undefined when ICU has no such unit.
function unitPattern(unit, display, form) {
  const simple = simpleUnit(unit);
  if (simple) return simple[display][form];
  const m = /^(.+)-per-(.+)$/.exec(unit);
  const num = m && simpleUnit(m[1]);
  const den = m && simpleUnit(m[2]);
  if (!num || !den) return undefined;
  if (display !== 'long') {
    if (unit === 'mile-per-hour') return display === 'short' ? '{0} mph' : '{0}mph';
    if (unit === 'mile-per-gallon') return display === 'short' ? '{0} mpg' : '{0}mpg';
    if (m[1] === 'percent') return num[display][form]; // ICU drops the denominator
  }
  return num[display][form] + den.per[display];
}

// Long unit names in English outside the US (CLDR en-001, en-CA but its 'percent'): metre, litre,
// US gallon, US fluid ounce, stone as a plural, per cent.
function britishUnitNames(locale, pattern) {
  const { language, region } = parseTag(locale);
  if (language !== 'en' || usListRegions.has(region)) return pattern;
  const out = pattern.replace(/(meter|liter)/g, (w) => (w === 'meter' ? 'metre' : 'litre')).replace(/\b(gallon|fluid ounce)/g, 'US $1')
    .replace(/stones\b/, 'stone').replace(/\bmiles?-scandinavian\b/, (w) => (w.startsWith('miles') ? 'Scandinavian miles' : 'Scandinavian mile'));
  return region === 'CA' ? out : out.replace(/\bpercent\b/, 'per cent');
}
// Currency symbols in English outside the US (CLDR en-001 and regions): the region's own
// currency is '$' (or 'R'), US$ and JP\u00a5 are told apart, en-AU shows other currencies' codes.
const enLocalCurrency = { CA: ['CAD', '$'], AU: ['AUD', '$'], NZ: ['NZD', '$'], SG: ['SGD', '$'], ZA: ['ZAR', 'R'] };
// Currency symbols of other locales where they differ from en's (node 20's CLDR data), by locale
// or language: 'CODE=symbol ...'.
const localCurrencyText = {
  'de-CH': 'EUR=EUR AUD=AU$', 'it-CH': 'USD=USD JPY=JPY INR=INR KRW=KRW BRL=BRL MXN=MXN HKD=HKD',
  'es-419': 'USD=USD EUR=EUR GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD',
  de: 'AUD=AU$', fr: 'USD=$US GBP=\u00a3GB JPY=JPY CNY=CNY CAD=$CA AUD=$AU MXN=$MX HKD=HKD NZD=$NZ',
  'fr-CA': 'USD=$\u00a0US INR=INR CAD=$ AUD=$\u00a0AU KRW=KRW MXN=MXN HKD=$\u00a0HK NZD=$\u00a0NZ', es: 'USD=US$ GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD',
  'es-MX': 'USD=USD EUR=EUR GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=$ HKD=HKD NZD=NZD', 'es-US': 'EUR=EUR GBP=GBP CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD',
  'es-AR': 'USD=US$ EUR=EUR GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD', 'es-CO': 'USD=US$ EUR=EUR GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD',
  it: 'USD=USD JPY=JPY INR=INR KRW=KRW BRL=BRL MXN=MXN HKD=HKD', pt: 'USD=US$ JPY=JP\u00a5 AUD=AU$',
  'pt-PT': 'USD=US$ JPY=JP\u00a5 AUD=AU$', nl: 'USD=US$ JPY=JP\u00a5 CAD=C$ AUD=AU$',
  sv: 'USD=US$ GBP=GBP JPY=JPY CNY=CNY INR=INR AUD=AUD KRW=KRW BRL=BR$ SEK=kr HKD=HKD NZD=NZD', pl: 'USD=USD GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW MXN=MXN PLN=z\u0142 HKD=HKD NZD=NZD',
  ru: 'RUB=\u20bd', ja: 'JPY=\uffe5 CNY=\u5143',
  zh: 'USD=US$ JPY=JP\u00a5 CNY=\u00a5 AUD=AU$', ko: 'USD=US$ JPY=JP\u00a5 AUD=AU$',
  da: 'USD=US$ JPY=JP\u00a5 AUD=AU$', nb: 'USD=USD JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD',
  fi: 'CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD', cs: 'USD=US$ JPY=JP\u00a5 INR=INR AUD=AU$',
  sk: 'USD=USD GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL HKD=HKD NZD=NZD', el: 'JPY=JP\u00a5',
  hu: 'USD=USD EUR=EUR GBP=GBP CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD', ro: 'USD=USD EUR=EUR GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD',
  uk: 'USD=USD EUR=EUR GBP=GBP CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD', id: 'USD=US$ JPY=JP\u00a5 INR=Rs AUD=AU$',
  vi: 'USD=US$ AUD=AU$', bg: 'USD=\u0449.\u0434. GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD',
  hr: 'USD=USD GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD', sl: 'GBP=GBP CAD=CAD AUD=AUD BRL=BRL MXN=MXN NZD=NZD',
  lt: 'USD=USD GBP=GBP JPY=JPY CNY=CNY INR=INR CAD=CAD AUD=AUD KRW=KRW BRL=BRL MXN=MXN HKD=HKD NZD=NZD', lv: 'AUD=AU$',
  et: 'AUD=AU$', tr: 'AUD=AU$ TRY=\u20ba',
  hi: 'JPY=JP\u00a5', th: 'USD=US$ AUD=AU$',
  ms: 'USD=USD JPY=JP\u00a5 CAD=CAD MXN=MXN',
};
const localCurrencyCache = new Map();
function localCurrencySymbol(locale, code) {
  const { language, region } = parseTag(locale);
  const own = region && `${language}-${region}`;
  const key = own in localCurrencyText ? own : language === 'es' && region && region !== 'ES' ? 'es-419' : language;
  let symbols = localCurrencyCache.get(key);
  if (!symbols) {
    symbols = new Map((localCurrencyText[key] || '').split(' ').filter(Boolean).map((entry) => entry.split('=')));
    localCurrencyCache.set(key, symbols);
  }
  return symbols.get(code);
}
function englishSymbol(locale, code, symbol) {
  const m = /^en-([A-Za-z]{2})$/.exec(locale);
  const region = m && m[1].toUpperCase();
  if (!region || region === 'US') return symbol;
  const local = enLocalCurrency[region];
  if (local && local[0] === code) return local[1];
  if (region === 'AU') return code;
  if (code === 'USD' && region !== 'IN') return 'US$';
  return code === 'JPY' ? 'JP\u00a5' : symbol;
}
const numberOption = (name, value, values, fallback, ctor = 'NumberFormat') => {
  if (value === undefined) return fallback;
  const s = `${value}`;
  if (!values.includes(s)) throw new RangeError(`Value ${s} out of range for Intl.${ctor} options property ${name}`);
  return s;
};
const digitOption = (name, value, min, max, fallback) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (Number.isNaN(n) || n < min || n > max) throw new RangeError(`${name} value is out of range.`);
  return Math.floor(n);
};
const roundingModes = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];
const kFormat = Symbol('format');

class NumberFormatImpl {
  constructor(locales, options) {
    this.locale = localeOf(locales, ['nu']);
    const o = optionsOf(options, 'Intl.NumberFormat called on null or undefined');
    numberOption('localeMatcher', o.localeMatcher, localeMatchers, 'best fit');
    this.symbols = numberSymbols(this.locale);
    this.style = numberOption('style', o.style, ['decimal', 'percent', 'currency', 'unit'], 'decimal');
    if (o.currency !== undefined && !/^[A-Za-z]{3}$/.test(`${o.currency}`)) throw new RangeError(`Invalid currency code : ${o.currency}`);
    this.currency = o.currency === undefined ? undefined : `${o.currency}`.toUpperCase();
    this.currencyDisplay = numberOption('currencyDisplay', o.currencyDisplay, ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol');
    this.currencySign = numberOption('currencySign', o.currencySign, ['standard', 'accounting'], 'standard');
    if (o.unit !== undefined && !unitPattern(`${o.unit}`, 'short', 'one')) throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${o.unit}'`);
    this.unit = o.unit === undefined ? undefined : `${o.unit}`;
    this.unitDisplay = numberOption('unitDisplay', o.unitDisplay, unitDisplays, 'short');
    if (this.style === 'currency' && !this.currency) throw new TypeError('Currency code is required with currency style.');
    if (this.style === 'unit' && !this.unit) throw new TypeError("Invalid unit argument for Intl.NumberFormat() 'undefined'");
    this.notation = numberOption('notation', o.notation, ['standard', 'scientific', 'engineering', 'compact'], 'standard');
    this.minimumIntegerDigits = digitOption('minimumIntegerDigits', o.minimumIntegerDigits, 1, 21, 1);
    const digits = this.style === 'currency' ? currencyData(this.currency).digits : 0;
    const defMin = this.style === 'currency' ? digits : 0;
    const defMax = this.style === 'currency' ? digits : this.style === 'percent' ? 0 : 3;
    let minF = digitOption('minimumFractionDigits', o.minimumFractionDigits, 0, 100, undefined);
    let maxF = digitOption('maximumFractionDigits', o.maximumFractionDigits, 0, 100, undefined);
    if (minF === undefined) minF = Math.min(defMin, maxF ?? defMin);
    else if (maxF === undefined) maxF = Math.max(defMax, minF);
    else if (minF > maxF) throw new RangeError('maximumFractionDigits value is out of range.');
    this.minimumFractionDigits = minF;
    this.maximumFractionDigits = maxF ?? defMax;
    if (o.minimumSignificantDigits !== undefined || o.maximumSignificantDigits !== undefined) {
      this.minimumSignificantDigits = digitOption('minimumSignificantDigits', o.minimumSignificantDigits, 1, 21, 1);
      this.maximumSignificantDigits = digitOption('maximumSignificantDigits', o.maximumSignificantDigits, this.minimumSignificantDigits, 21, 21);
    }
    this.compactDisplay = numberOption('compactDisplay', o.compactDisplay, ['short', 'long'], 'short');
    this.useGrouping = o.useGrouping === undefined ? (this.notation === 'compact' ? 'min2' : 'auto') : o.useGrouping === false ? false : o.useGrouping === true ? 'always' : numberOption('useGrouping', o.useGrouping, ['min2', 'auto', 'always'], 'auto');
    this.signDisplay = numberOption('signDisplay', o.signDisplay, ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto');
    this.roundingMode = numberOption('roundingMode', o.roundingMode, roundingModes, 'halfExpand');
    this.trailingZeroDisplay = numberOption('trailingZeroDisplay', o.trailingZeroDisplay, ['auto', 'stripIfInteger'], 'auto');
    // Compact notation without rounding options rounds to whole numbers but keeps 2 significant digits.
    this.compactRounding = this.notation === 'compact' && o.maximumFractionDigits === undefined &&
      o.minimumFractionDigits === undefined && this.maximumSignificantDigits === undefined;
    this.localCompact = this.notation === 'compact' ? localCompact(this.locale, this.compactDisplay) : undefined;
  }
  // format is a getter of a function bound to the formatter (`[1, 2].map(nf.format)`).
  get format() {
    if (!this[kFormat]) {
      this[kFormat] = (value) => {
        const parts = this.formatToParts(value);
        let text = '';
        for (let i = 0; i < parts.length; i++) text += parts[i].value;
        return text;
      };
    }
    return this[kFormat];
  }
  // The rounded digits of |x| ([mant, point] decimal form) in this notation: { i, f, exponent, compact }.
  digits(mant, point, negative) {
    const mode = this.roundingMode;
    const round = (p) => {
      if (this.compactRounding) {
        const r = roundFormat(mant, p, 0, 0, undefined, mode, negative);
        return r[0].length < 2 ? roundFormat(mant, p, 0, 0, [1, 2], mode, negative) : r;
      }
      const sig = this.maximumSignificantDigits === undefined ? undefined : [this.minimumSignificantDigits, this.maximumSignificantDigits];
      return roundFormat(mant, p, this.minimumFractionDigits, this.maximumFractionDigits, sig, mode, negative);
    };
    if (this.notation === 'scientific' || this.notation === 'engineering') {
      const step = this.notation === 'engineering' ? 3 : 1;
      let exponent = mant === '0' ? 0 : Math.floor((point - 1) / step) * step;
      for (;;) {
        const [i, f] = round(point - exponent);
        // Rounding up past the mantissa's range (9.9996 -> 10) moves to the next exponent.
        if (mant !== '0' && i.length > step) { exponent += step; continue; }
        return { i, f, exponent };
      }
    }
    if (this.localCompact && mant !== '0') return this.localCompactDigits(point, round);
    let unit = -1;
    if (this.notation === 'compact' && mant !== '0') {
      unit = compactUnits.length;
      while (unit > 0 && point > compactUnits[unit - 1][0]) unit--;
    }
    for (;;) {
      const inUnit = unit >= 0 && unit < compactUnits.length;
      const [i, f] = round(inUnit ? point - compactUnits[unit][0] : point);
      // Rounding up to the next unit (999,999 -> 1M) formats again in that unit.
      if (unit > 0 && i.length > 3) { unit--; continue; }
      return { i, f, compact: inUnit ? compactUnits[unit] : undefined };
    }
  }
  // digits() in a locale of localCompactText: the unit of the number's size, the next one when
  // rounding adds a digit (999,999 -> 1 Mio.).
  localCompactDigits(point, round) {
    let size = point;
    for (;;) {
      const unit = compactUnitOf(this.localCompact, size);
      const [i, f] = round(unit ? point - unit.e : point);
      if (i.length > (unit ? unit.k1 - unit.e + 1 : size) && size < 15) { size = unit ? unit.k1 + 2 : size + 1; continue; }
      return { i, f, compact: unit };
    }
  }
  // A number's parts around a localCompactText unit's pattern for its plural category.
  localCompactParts(body, unit, i, f) {
    const one = i === '1' && !f && unit.byCategory['1'] !== undefined;
    const category = one ? '1' : pluralRule(this.locale)[1](pluralOperands(f ? `${i}.${f}` : i));
    const pattern = unit.byCategory[category] ?? unit.byCategory.other;
    const [before, after = ''] = pattern.includes('0') ? pattern.split('0') : ['', pattern];
    const affix = (text) => {
      const [, space, word] = /^(\s*)(.*)$/u.exec(text);
      return [...(space ? [literal(space)] : []), ...(word ? [part('compact', word)] : [])];
    };
    const number = pattern.includes('0') ? body : [];
    return [...affix(before.trim()), ...(before && /\s$/u.test(before) ? [literal(before.match(/\s+$/u)[0])] : []), ...number, ...affix(after)];
  }
  // formatToParts: the number's parts, then its sign and the style's affixes around them.
  formatToParts(value) {
    let negative, mant, point;
    if (typeof value === 'bigint') {
      negative = value < 0n;
      [mant, point] = decimalOf(String(negative ? -value : value), this.style === 'percent' ? 2 : 0);
    } else {
      const x = Number(value);
      negative = x < 0 || Object.is(x, -0);
      if (Number.isFinite(x)) [mant, point] = decimalOf(Math.abs(x), this.style === 'percent' ? 2 : 0);
      else if (!Number.isNaN(x)) mant = 'infinity';
      else { negative = false; mant = 'nan'; }
    }
    const body = [];
    let isZero = false;
    let one = false;
    if (mant === 'nan') body.push(part('nan', localNaN[this.locale] ?? localNaN[lang(this.locale)] ?? 'NaN'));
    else if (mant === 'infinity') body.push(part('infinity', '\u221e'));
    else {
      const d = this.digits(mant, point, negative);
      let { i, f } = d;
      if (this.trailingZeroDisplay === 'stripIfInteger' && allZeros(f)) f = '';
      isZero = allZeros(i) && allZeros(f);
      one = i === '1' && !f && !d.compact && d.exponent === undefined;
      i = i.padStart(this.minimumIntegerDigits, '0');
      this.integerParts(i, body);
      if (f) body.push(part('decimal', this.symbols.decimal), part('fraction', f));
      if (d.exponent !== undefined) {
        body.push(part('exponentSeparator', 'E'));
        if (d.exponent < 0) body.push(part('exponentMinusSign', '-'));
        body.push(part('exponentInteger', String(Math.abs(d.exponent))));
      }
      if (d.compact && this.localCompact) body.splice(0, body.length, ...this.localCompactParts(body, d.compact, i, f));
      else if (d.compact) {
        // Currencies keep the short forms (ICU has no long compact currency patterns in en).
        if (this.compactDisplay === 'long' && this.style !== 'currency') body.push(literal(' '), part('compact', d.compact[2]));
        else body.push(part('compact', d.compact[1]));
      }
    }
    const s = this.signDisplay;
    const sign = negative && s !== 'never' && !(isZero && (s === 'exceptZero' || s === 'negative')) ? '-' :
      !negative && (s === 'always' || (s === 'exceptZero' && !isZero && mant !== 'nan')) ? '+' : '';
    return this.affixes(body, sign, one);
  }
  // The integer digits with the locale's grouping.
  integerParts(i, out) {
    const symbols = this.symbols;
    const gs = symbols.group;
    const min2 = this.useGrouping === 'min2' || (symbols.min2 && this.useGrouping === 'auto');
    if (this.useGrouping === false || (min2 && i.length <= 4) || i.length <= 3) {
      out.push(part('integer', i));
      return;
    }
    // Groups of three from the right (Indian: the last three, then pairs).
    const head = symbols.indian ? i.length - 3 : i.length;
    const size = symbols.indian ? 2 : 3;
    let end = head % size || size;
    out.push(part('integer', i.slice(0, end)));
    for (; end < head; end += size) out.push(part('group', gs), part('integer', i.slice(end, end + size)));
    if (symbols.indian) out.push(part('group', gs), part('integer', i.slice(-3)));
  }
  affixes(body, sign, one) {
    const symbols = this.symbols;
    const signPart = sign ? [sign === '-' ? part('minusSign', symbols.minus) : part('plusSign', sign)] : [];
    if (this.style === 'percent' && symbols.percentBefore) return [...signPart, part('percentSign', '%'), ...body];
    if (this.style === 'percent') return [...signPart, ...body, ...(symbols.percentSpace ? [literal(symbols.percentSpace)] : []), part('percentSign', '%')];
    if (this.style === 'unit') {
      const pattern = unitPattern(this.unit, this.unitDisplay, one ? 'one' : 'other');
      const [before, after] = (this.unitDisplay === 'long' ? britishUnitNames(this.locale, pattern) : pattern).split('{0}');
      return [...affixParts(before, 'unit'), ...signPart, ...body, ...affixParts(after, 'unit')];
    }
    if (this.style !== 'currency') return [...signPart, ...body];
    const data = currencyData(this.currency);
    if (this.currencyDisplay === 'name') return [...signPart, ...body, literal(' '), part('currency', one ? data.name : data.plural)];
    // (The symbol depends only on the formatter: worked out on first use.)
    const symbol = this.currencySymbol ??= this.currencyDisplay === 'code' ? this.currency : this.currencyDisplay === 'narrowSymbol' ? data.narrow :
      lang(this.locale) === 'en' ? englishSymbol(this.locale, this.currency, data.symbol) : localCurrencySymbol(this.locale, this.currency) ?? data.symbol;
    if (symbols.currency === 'after') return [...signPart, ...body, literal('\u00a0'), part('currency', symbol)];
    if (symbols.currency === 'beforeSpace') return [...signPart, part('currency', symbol), literal('\u00a0'), ...body];
    if (symbols.currency === 'nl') return [part('currency', symbol), literal('\u00a0'), ...signPart, ...body];
    if (symbols.currency === 'ch') return signPart.length ? [part('currency', symbol), ...signPart, ...body] : [part('currency', symbol), literal('\u00a0'), ...body];
    // ICU's currency spacing: a symbol ending in a letter is set off from a digit.
    const last = symbol.charCodeAt(symbol.length - 1) | 0x20;
    const spaced = last >= 0x61 && last <= 0x7a && body[0].type === 'integer' ? [literal('\u00a0')] : [];
    const inner = [part('currency', symbol), ...spaced, ...body];
    // Accounting parentheses, except in compact notation (ICU's compact patterns have none).
    if (sign === '-' && this.currencySign === 'accounting' && this.notation !== 'compact') return [literal('('), ...inner, literal(')')];
    return [...signPart, ...inner];
  }
  formatRange(start, end) {
    let text = '';
    for (const p of this.formatRangeToParts(start, end)) text += p.value;
    return text;
  }
  // ICU's range with collapse 'auto': a shared unit, and a shared currency/percent/sign affix of
  // more than one character, are written once; spaces around the dash unless nothing of the
  // start's affixes repeats; equal formatted ends give '~' and one number.
  formatRangeToParts(start, end) {
    const a = this.formatToParts(rangeValue(start, 'start'));
    const b = this.formatToParts(rangeValue(end, 'end'));
    const text = (parts) => parts.map((p) => p.value).join('');
    if (text(a) === text(b)) {
      const at = Math.max(0, a.findIndex((p) => p.type === 'minusSign' || p.type === 'plusSign'));
      return [...a.slice(0, at), part('approximatelySign', '~'), ...a.slice(at)].map((p) => ({ ...p, source: 'shared' }));
    }
    const sa = this.rangeSides(a), sb = this.rangeSides(b);
    // Unit and currency names may differ only in plural form; the shared one is the plural of the
    // range (en: 'other': a side not written as 1, else the affixes of 2; only the unit is shared then).
    const named = (p) => p.type === 'unit' || p.type === 'currency';
    const same = (x, y) => x.length === y.length && x.every((p, i) => p.type === y[i].type && (p.value === y[i].value || named(p)));
    const plural = text(sb.core) !== '1' ? sb : text(sa.core) !== '1' ? sa : this.rangeSides(this.formatToParts(2));
    const outer = same(sa.outerPre, sb.outerPre) && same(sa.outerSuf, sb.outerSuf);
    const middle = outer && same(sa.midPre, sb.midPre) && same(sa.midSuf, sb.midSuf) && [...text(sa.midPre) + text(sa.midSuf)].length > 1;
    const repeats = sa.inner || (!middle && sa.midPre.length + sa.midSuf.length > 0) || (!outer && sa.outerPre.length + sa.outerSuf.length > 0);
    const src = (parts, source) => parts.map((p) => ({ ...p, source }));
    const side = (s, source) => src([...(outer ? [] : s.outerPre), ...(middle ? [] : s.midPre), ...s.core,
      ...(middle ? [] : s.midSuf), ...(outer ? [] : s.outerSuf)], source);
    return [...src([...(outer ? plural.outerPre : []), ...(middle ? plural.midPre : [])], 'shared'), ...side(sa, 'startRange'),
      { type: 'literal', value: repeats ? ' \u2013 ' : '\u2013', source: 'shared' }, ...side(sb, 'endRange'),
      ...src([...(middle ? plural.midSuf : []), ...(outer ? plural.outerSuf : [])], 'shared')];
  }
  // A formatted number's parts as ICU's modifiers: the number itself, the sign/currency/percent
  // affixes (middle) and a unit's (outer); `inner`: a compact or exponent part.
  rangeSides(parts) {
    const isCore = (p) => rangeCoreTypes.has(p.type);
    const first = parts.findIndex(isCore);
    let last = parts.length - 1;
    while (last > first && !isCore(parts[last])) last--;
    const core = parts.slice(first, last + 1);
    const unitStyle = this.style === 'unit' && this.unit !== 'percent';
    const isOuter = (p) => unitStyle && (p.type === 'unit' || p.type === 'literal');
    const pre = parts.slice(0, first), suf = parts.slice(last + 1);
    return { core, inner: core.some((p) => p.type === 'compact' || p.type === 'exponentSeparator'),
      outerPre: pre.filter(isOuter), midPre: pre.filter((p) => !isOuter(p)), midSuf: suf.filter((p) => !isOuter(p)), outerSuf: suf.filter(isOuter) };
  }
  resolvedOptions() {
    const out = { locale: this.locale, numberingSystem: 'latn', style: this.style };
    if (this.style === 'currency') Object.assign(out, { currency: this.currency, currencyDisplay: this.currencyDisplay, currencySign: this.currencySign });
    if (this.style === 'unit') Object.assign(out, { unit: this.unit, unitDisplay: this.unitDisplay });
    out.minimumIntegerDigits = this.minimumIntegerDigits;
    if (this.compactRounding) Object.assign(out, { minimumSignificantDigits: 1, maximumSignificantDigits: 2 });
    if (this.maximumSignificantDigits !== undefined) Object.assign(out, { minimumSignificantDigits: this.minimumSignificantDigits, maximumSignificantDigits: this.maximumSignificantDigits });
    else if (this.compactRounding) Object.assign(out, { minimumFractionDigits: 0, maximumFractionDigits: 0 });
    else Object.assign(out, { minimumFractionDigits: this.minimumFractionDigits, maximumFractionDigits: this.maximumFractionDigits });
    Object.assign(out, { useGrouping: this.useGrouping, notation: this.notation });
    if (this.notation === 'compact') out.compactDisplay = this.compactDisplay;
    return Object.assign(out, { signDisplay: this.signDisplay, roundingMode: this.roundingMode, roundingIncrement: 1,
      trailingZeroDisplay: this.trailingZeroDisplay, roundingPriority: this.compactRounding ? 'morePrecision' : 'auto' });
  }
}
const rangeCoreTypes = new Set(['integer', 'group', 'decimal', 'fraction', 'exponentSeparator', 'exponentMinusSign', 'exponentInteger', 'compact', 'nan', 'infinity']);
// A range end as ECMA-402's ToIntlMathematicalValue takes it (a BigInt, or a number that is not NaN).
function rangeValue(v, which) {
  if (v === undefined) throw new TypeError(`Invalid ${which} : undefined`);
  if (typeof v === 'bigint') return v;
  const x = Number(v);
  if (Number.isNaN(x)) throw new RangeError(`Invalid ${which} : ${v}`);
  return x;
}
// A unit pattern's text before or after the number: literal spaces and the unit.
function affixParts(text, type) {
  if (!text) return [];
  const m = /^(\s*)(.*?)(\s*)$/.exec(text);
  return [...(m[1] ? [literal(m[1])] : []), ...(m[2] ? [part(type, m[2])] : []), ...(m[3] ? [literal(m[3])] : [])];
}

// Marks time fields added as defaults (en-GB shows their hour with two digits).
const kDefaultTime = Symbol('defaultTime');
// Marks the fields of the full date style (Traditional Chinese spaces its weekday there).
const kStyledDate = Symbol('styledDate');
const monthsLong = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const daysLong = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// An IANA zone name as ICU resolves it: the tz database's primary name for it (links resolved,
// letter case from the database), or the older name CLDR keeps for some (checked with node 20);
// RangeError for an unknown one, as node's.
let zoneAliases = null;
const zoneAliasText = 'Africa/Asmara>Africa/Asmera America/Argentina/Buenos_Aires>America/Buenos_Aires ' +
  'America/Argentina/Catamarca>America/Catamarca America/Argentina/Cordoba>America/Cordoba ' +
  'America/Argentina/Jujuy>America/Jujuy America/Argentina/Mendoza>America/Mendoza ' +
  'America/Atikokan>America/Coral_Harbour America/Indiana/Indianapolis>America/Indianapolis ' +
  'America/Kentucky/Louisville>America/Louisville America/Nuuk>America/Godthab Asia/Ho_Chi_Minh>Asia/Saigon ' +
  'Asia/Kathmandu>Asia/Katmandu Asia/Kolkata>Asia/Calcutta Asia/Yangon>Asia/Rangoon Atlantic/Faroe>Atlantic/Faeroe ' +
  'Europe/Kyiv>Europe/Kiev Pacific/Chuuk>Pacific/Truk Pacific/Kanton>Pacific/Enderbury Pacific/Pohnpei>Pacific/Ponape ' +
  'CST6CDT>America/Chicago EST5EDT>America/New_York MST7MDT>America/Denver PST8PDT>America/Los_Angeles';
function canonicalZone(zone) {
  const name = String(zone);
  const canonical = internalBinding('timezone').canonical(name);
  if (canonical === undefined || canonical === 'Factory') throw new RangeError(`Invalid time zone specified: ${name}`);
  if (zoneAliases === null) zoneAliases = new Map(zoneAliasText.split(' ').map((pair) => pair.split('>')));
  return zoneAliases.get(canonical) || canonical;
}
// The process's zone (node's TZ) as resolvedOptions() names it: undefined when TZ names no zone,
// 'Etc/Unknown' when it is empty.
function localZone() {
  const id = internalBinding('timezone').localZone();
  return id === undefined || id === 'Etc/Unknown' ? id : canonicalZone(id);
}

// en-US short names of the US zones: [letter, standard offset in minutes].
const usZones = {
  'America/New_York': ['E', -300], 'America/Detroit': ['E', -300], 'America/Toronto': ['E', -300],
  'America/Indianapolis': ['E', -300], 'America/Louisville': ['E', -300], 'America/Nassau': ['E', -300],
  'America/Chicago': ['C', -360], 'America/Winnipeg': ['C', -360], 'America/Mexico_City': ['C', -360],
  'America/Menominee': ['C', -360], 'America/Denver': ['M', -420], 'America/Boise': ['M', -420],
  'America/Edmonton': ['M', -420], 'America/Phoenix': ['M', -420], 'America/Los_Angeles': ['P', -480],
  'America/Vancouver': ['P', -480], 'America/Tijuana': ['P', -480], 'America/Anchorage': ['AK', -540],
  'America/Juneau': ['AK', -540], 'Pacific/Honolulu': ['H', -600],
};

// ECMA-402's option values for DateTimeFormat (RangeError otherwise); the styles exclude fields.
const dateTimeValues = {
  weekday: ['narrow', 'short', 'long'], era: ['narrow', 'short', 'long'], year: ['2-digit', 'numeric'],
  month: ['2-digit', 'numeric', 'narrow', 'short', 'long'], day: ['2-digit', 'numeric'], dayPeriod: ['narrow', 'short', 'long'],
  hour: ['2-digit', 'numeric'], minute: ['2-digit', 'numeric'], second: ['2-digit', 'numeric'],
  timeZoneName: ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'],
  dateStyle: ['full', 'long', 'medium', 'short'], timeStyle: ['full', 'long', 'medium', 'short'], hourCycle: ['h11', 'h12', 'h23', 'h24'],
};
function validateDateTimeOptions(o) {
  for (const name of Object.keys(dateTimeValues)) {
    if (o[name] !== undefined) o[name] = numberOption(name, o[name], dateTimeValues[name], undefined, 'DateTimeFormat');
  }
  if (o.fractionalSecondDigits !== undefined) o.fractionalSecondDigits = digitOption('fractionalSecondDigits', o.fractionalSecondDigits, 1, 3, undefined);
  if (o.dateStyle === undefined && o.timeStyle === undefined) return;
  const field = dateTimeFields.find((f) => o[f] !== undefined);
  if (field) throw new TypeError(`Can't set option ${field} when ${o.dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
}

// Numeric dates (and a 24-hour clock unless a period style is given) of common locales: field
// order, separator, whether a numeric day and month get two digits, what joins a time, whether a
// numeric hour gets two digits, and the day-and-month form without a year when it differs (d, m:
// the numbers).
const numericDates = {
  de: ['dmy', '.', false, false, ', ', true, 'd.m.'], fr: ['dmy', '/', true, true, ' ', true],
  es: ['dmy', '/', false, false, ', ', false], it: ['dmy', '/', true, true, ', ', true], pt: ['dmy', '/', true, true, ', ', true],
  nl: ['dmy', '-', false, false, ', ', true], ru: ['dmy', '.', true, true, ', ', true], pl: ['dmy', '.', false, true, ', ', true],
  'fr-CA': ['ymd', '-', true, true, ' ', true],
  ja: ['ymd', '/', false, false, ' ', false], zh: ['ymd', '/', false, false, ' ', true], sv: ['ymd', '-', true, true, ' ', true, 'd/m'],
  ko: ['ymd', '. ', false, false, ' ', false, undefined, 'AM'], 'zh-TW': ['ymd', '/', false, false, '\u2009', false, undefined, 'AM'],
  'zh-Hant': ['ymd', '/', false, false, '\u2009', false, undefined, 'AM'], tr: ['dmy', '.', true, true, ' ', true, 'd/m'], nb: ['dmy', '.', false, false, ', ', true],
  no: ['dmy', '.', false, false, ', ', true], cs: ['dmy', '. ', false, false, ' ', false], sk: ['dmy', '. ', false, false, ' ', false],
  hu: ['ymd', '. ', true, true, ' ', false], ro: ['dmy', '.', true, true, ', ', true], uk: ['dmy', '.', true, true, ', ', true],
  he: ['dmy', '.', false, false, ', ', false], hi: ['dmy', '/', false, false, ', ', false, undefined, 'am'],
  hr: ['dmy', '. ', true, true, ' ', true], sl: ['dmy', '. ', false, false, ', ', true], lt: ['ymd', '-', true, true, ' ', true],
  lv: ['dmy', '.', false, true, ' ', true], et: ['dmy', '.', false, false, ', ', true], 'fr-CH': ['dmy', '.', true, true, ' ', true],
  'nl-BE': ['dmy', '/', false, false, ', ', true],
  // English variants; the eighth entry is the 12-hour clock's period style.
  'en-AU': ['dmy', '/', true, true, ', ', false, undefined, 'am'], 'en-SG': ['dmy', '/', true, true, ', ', false, undefined, 'am'],
  'en-IN': ['dmy', '/', false, false, ', ', false, undefined, 'am'], 'en-NZ': ['dmy', '/', false, true, ', ', false, undefined, 'am'],
  'en-CA': ['ymd', '-', true, true, ', ', false, undefined, 'a.m.'], 'en-IE': ['dmy', '/', false, false, ', ', true],
  'en-ZA': ['ymd', '/', true, true, ', ', true],
};

// en's flexible day periods (the dayPeriod option): noon at 12:00, else by the hour.
function flexiblePeriod(p, style) {
  if (p.h === 12 && p.mi === 0) return style === 'narrow' ? 'n' : 'noon';
  return p.h < 12 ? 'in the morning' : p.h < 18 ? 'in the afternoon' : p.h < 21 ? 'in the evening' : 'at night';
}

// Month and weekday names and named-date patterns of common languages (CLDR via node 20):
// long months, short months, long weekdays, short weekdays, then the patterns for a day, month
// and year ({d} {M} {y}; long|short form), the text after a weekday, what joins a time to
// a date with a long month, and to other dates (', ' unless given); Russian and Polish add the
// months' standalone forms (long, short), used without a day; an afterWeekday of '>' puts the
// weekday after the date (Turkish: 5 Eylül 2024 Per\u015Fembe).
const localNameText = {
  de: ['Januar,Februar,M\u00e4rz,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember',
    'Jan.,Feb.,M\u00e4rz,Apr.,Mai,Juni,Juli,Aug.,Sept.,Okt.,Nov.,Dez.', 'Sonntag,Montag,Dienstag,Mittwoch,Donnerstag,Freitag,Samstag',
    'So.,Mo.,Di.,Mi.,Do.,Fr.,Sa.', '{d}. {M} {y}|{d}. {M} {y}', ', ', ' um '],
  fr: ['janvier,f\u00e9vrier,mars,avril,mai,juin,juillet,ao\u00fbt,septembre,octobre,novembre,d\u00e9cembre',
    'janv.,f\u00e9vr.,mars,avr.,mai,juin,juil.,ao\u00fbt,sept.,oct.,nov.,d\u00e9c.', 'dimanche,lundi,mardi,mercredi,jeudi,vendredi,samedi',
    'dim.,lun.,mar.,mer.,jeu.,ven.,sam.', '{d} {M} {y}|{d} {M} {y}', ' ', ' \u00e0 '],
  es: ['enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre',
    'ene,feb,mar,abr,may,jun,jul,ago,sept,oct,nov,dic', 'domingo,lunes,martes,mi\u00e9rcoles,jueves,viernes,s\u00e1bado',
    'dom,lun,mar,mi\u00e9,jue,vie,s\u00e1b', '{d} de {M} de {y}|{d} {M} {y}', ', ', ' a las '],
  it: ['gennaio,febbraio,marzo,aprile,maggio,giugno,luglio,agosto,settembre,ottobre,novembre,dicembre',
    'gen,feb,mar,apr,mag,giu,lug,ago,set,ott,nov,dic', 'domenica,luned\u00ec,marted\u00ec,mercoled\u00ec,gioved\u00ec,venerd\u00ec,sabato',
    'dom,lun,mar,mer,gio,ven,sab', '{d} {M} {y}|{d} {M} {y}', ' ', ' alle ore '],
  pt: ['janeiro,fevereiro,mar\u00e7o,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro',
    'jan.,fev.,mar.,abr.,mai.,jun.,jul.,ago.,set.,out.,nov.,dez.', 'domingo,segunda-feira,ter\u00e7a-feira,quarta-feira,quinta-feira,sexta-feira,s\u00e1bado',
    'dom.,seg.,ter.,qua.,qui.,sex.,s\u00e1b.', '{d} de {M} de {y}|{d} de {M} de {y}', ', ', ' \u00e0s '],
  nl: ['januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december',
    'jan,feb,mrt,apr,mei,jun,jul,aug,sep,okt,nov,dec', 'zondag,maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag',
    'zo,ma,di,wo,do,vr,za', '{d} {M} {y}|{d} {M} {y}', ' ', ' om '],
  sv: ['januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december',
    'jan.,feb.,mars,apr.,maj,juni,juli,aug.,sep.,okt.,nov.,dec.', 's\u00f6ndag,m\u00e5ndag,tisdag,onsdag,torsdag,fredag,l\u00f6rdag',
    's\u00f6n,m\u00e5n,tis,ons,tors,fre,l\u00f6r', '{d} {M} {y}|{d} {M} {y}', ' ', ' kl. ', ' '],
  tr: ['Ocak,\u015eubat,Mart,Nisan,May\u0131s,Haziran,Temmuz,A\u011fustos,Eyl\u00fcl,Ekim,Kas\u0131m,Aral\u0131k',
    'Oca,\u015eub,Mar,Nis,May,Haz,Tem,A\u011fu,Eyl,Eki,Kas,Ara', 'Pazar,Pazartesi,Sal\u0131,\u00c7ar\u015famba,Per\u015fembe,Cuma,Cumartesi',
    'Paz,Pzt,Sal,\u00c7ar,Per,Cum,Cmt', '{d} {M} {y}|{d} {M} {y}', '>', ' ', ' '],
  hi: ['\u091c\u0928\u0935\u0930\u0940,\u092b\u093c\u0930\u0935\u0930\u0940,\u092e\u093e\u0930\u094d\u091a,\u0905\u092a\u094d\u0930\u0948\u0932,\u092e\u0908,\u091c\u0942\u0928,\u091c\u0941\u0932\u093e\u0908,\u0905\u0917\u0938\u094d\u0924,\u0938\u093f\u0924\u0902\u092c\u0930,\u0905\u0915\u094d\u091f\u0942\u092c\u0930,\u0928\u0935\u0902\u092c\u0930,\u0926\u093f\u0938\u0902\u092c\u0930',
    '\u091c\u0928\u0970,\u092b\u093c\u0930\u0970,\u092e\u093e\u0930\u094d\u091a,\u0905\u092a\u094d\u0930\u0948\u0932,\u092e\u0908,\u091c\u0942\u0928,\u091c\u0941\u0932\u0970,\u0905\u0917\u0970,\u0938\u093f\u0924\u0970,\u0905\u0915\u094d\u091f\u0942\u0970,\u0928\u0935\u0970,\u0926\u093f\u0938\u0970',
    '\u0930\u0935\u093f\u0935\u093e\u0930,\u0938\u094b\u092e\u0935\u093e\u0930,\u092e\u0902\u0917\u0932\u0935\u093e\u0930,\u092c\u0941\u0927\u0935\u093e\u0930,\u0917\u0941\u0930\u0941\u0935\u093e\u0930,\u0936\u0941\u0915\u094d\u0930\u0935\u093e\u0930,\u0936\u0928\u093f\u0935\u093e\u0930',
    '\u0930\u0935\u093f,\u0938\u094b\u092e,\u092e\u0902\u0917\u0932,\u092c\u0941\u0927,\u0917\u0941\u0930\u0941,\u0936\u0941\u0915\u094d\u0930,\u0936\u0928\u093f', '{d} {M} {y}|{d} {M} {y}', ', ', ' \u0915\u094b ', ', '],
  ru: ['\u044f\u043d\u0432\u0430\u0440\u044f,\u0444\u0435\u0432\u0440\u0430\u043b\u044f,\u043c\u0430\u0440\u0442\u0430,\u0430\u043f\u0440\u0435\u043b\u044f,\u043c\u0430\u044f,\u0438\u044e\u043d\u044f,\u0438\u044e\u043b\u044f,\u0430\u0432\u0433\u0443\u0441\u0442\u0430,\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f,\u043e\u043a\u0442\u044f\u0431\u0440\u044f,\u043d\u043e\u044f\u0431\u0440\u044f,\u0434\u0435\u043a\u0430\u0431\u0440\u044f',
    '\u044f\u043d\u0432.,\u0444\u0435\u0432\u0440.,\u043c\u0430\u0440.,\u0430\u043f\u0440.,\u043c\u0430\u044f,\u0438\u044e\u043d.,\u0438\u044e\u043b.,\u0430\u0432\u0433.,\u0441\u0435\u043d\u0442.,\u043e\u043a\u0442.,\u043d\u043e\u044f\u0431.,\u0434\u0435\u043a.', '\u0432\u043e\u0441\u043a\u0440\u0435\u0441\u0435\u043d\u044c\u0435,\u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a,\u0432\u0442\u043e\u0440\u043d\u0438\u043a,\u0441\u0440\u0435\u0434\u0430,\u0447\u0435\u0442\u0432\u0435\u0440\u0433,\u043f\u044f\u0442\u043d\u0438\u0446\u0430,\u0441\u0443\u0431\u0431\u043e\u0442\u0430',
    '\u0432\u0441,\u043f\u043d,\u0432\u0442,\u0441\u0440,\u0447\u0442,\u043f\u0442,\u0441\u0431', '{d} {M} {y}\u202f\u0433.|{d} {M} {y}\u202f\u0433.', ', ', ' \u0432 ', ', ',
    '\u044f\u043d\u0432\u0430\u0440\u044c,\u0444\u0435\u0432\u0440\u0430\u043b\u044c,\u043c\u0430\u0440\u0442,\u0430\u043f\u0440\u0435\u043b\u044c,\u043c\u0430\u0439,\u0438\u044e\u043d\u044c,\u0438\u044e\u043b\u044c,\u0430\u0432\u0433\u0443\u0441\u0442,\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044c,\u043e\u043a\u0442\u044f\u0431\u0440\u044c,\u043d\u043e\u044f\u0431\u0440\u044c,\u0434\u0435\u043a\u0430\u0431\u0440\u044c',
    '\u044f\u043d\u0432.,\u0444\u0435\u0432\u0440.,\u043c\u0430\u0440\u0442,\u0430\u043f\u0440.,\u043c\u0430\u0439,\u0438\u044e\u043d\u044c,\u0438\u044e\u043b\u044c,\u0430\u0432\u0433.,\u0441\u0435\u043d\u0442.,\u043e\u043a\u0442.,\u043d\u043e\u044f\u0431.,\u0434\u0435\u043a.'],
  pl: ['stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,wrze\u015bnia,pa\u017adziernika,listopada,grudnia',
    'sty,lut,mar,kwi,maj,cze,lip,sie,wrz,pa\u017a,lis,gru', 'niedziela,poniedzia\u0142ek,wtorek,\u015broda,czwartek,pi\u0105tek,sobota',
    'niedz.,pon.,wt.,\u015br.,czw.,pt.,sob.', '{d} {M} {y}|{d} {M} {y}', ', ', ' ', ', ',
    'stycze\u0144,luty,marzec,kwiecie\u0144,maj,czerwiec,lipiec,sierpie\u0144,wrzesie\u0144,pa\u017adziernik,listopad,grudzie\u0144',
    'sty,lut,mar,kwi,maj,cze,lip,sie,wrz,pa\u017a,lis,gru'],
};
// The numeric date styles of those languages: [order, separator, pad day, pad month, year digits].
const numericDateStyles = {
  de: { medium: ['dmy', '.', true, true, 4], short: ['dmy', '.', true, true, 2] }, fr: { short: ['dmy', '/', true, true, 4] },
  es: { short: ['dmy', '/', false, false, 2] }, it: { short: ['dmy', '/', true, true, 2] }, pt: { short: ['dmy', '/', true, true, 4] },
  nl: { short: ['dmy', '-', true, true, 4] }, sv: { short: ['ymd', '-', true, true, 4] },
  ru: { short: ['dmy', '.', true, true, 4] }, pl: { short: ['dmy', '.', false, true, 4] }, tr: { short: ['dmy', '.', false, true, 4] }, hi: { short: ['dmy', '/', false, false, 2] }, 'fr-CA': { short: ['ymd', '-', true, true, 4] },
  ja: { medium: ['ymd', '/', true, true, 4], short: ['ymd', '/', true, true, 4] }, zh: { short: ['ymd', '/', false, false, 4] },
  ko: { medium: ['ymd', '. ', false, false, 4], short: ['ymd', '. ', false, false, 2] },
};
// Japanese and Simplified Chinese: weekdays (long, short and narrow forms around the
// day's character), the lone long month, and the text around a weekday after a date.
const cjkNameText = {
  ja: ['\u65e5,\u6708,\u706b,\u6c34,\u6728,\u91d1,\u571f', '{}\u66dc\u65e5', '{}', '1\u6708,2\u6708,3\u6708,4\u6708,5\u6708,6\u6708,7\u6708,8\u6708,9\u6708,10\u6708,11\u6708,12\u6708', '(|)'],
  zh: ['\u65e5,\u4e00,\u4e8c,\u4e09,\u56db,\u4e94,\u516d', '\u661f\u671f{}', '\u5468{}', '\u4e00\u6708,\u4e8c\u6708,\u4e09\u6708,\u56db\u6708,\u4e94\u6708,\u516d\u6708,\u4e03\u6708,\u516b\u6708,\u4e5d\u6708,\u5341\u6708,\u5341\u4e00\u6708,\u5341\u4e8c\u6708', '|'],
  ko: ['\uc77c,\uc6d4,\ud654,\uc218,\ubaa9,\uae08,\ud1a0', '{}\uc694\uc77c', '{}', '1\uc6d4,2\uc6d4,3\uc6d4,4\uc6d4,5\uc6d4,6\uc6d4,7\uc6d4,8\uc6d4,9\uc6d4,10\uc6d4,11\uc6d4,12\uc6d4', '(|)'],
  // Traditional Chinese (Taiwan): a weekday after a numeric date in full-width brackets, none after a named one.
  'zh-Hant': ['\u65e5,\u4e00,\u4e8c,\u4e09,\u56db,\u4e94,\u516d', '\u661f\u671f{}', '\u9031{}', '1\u6708,2\u6708,3\u6708,4\u6708,5\u6708,6\u6708,7\u6708,8\u6708,9\u6708,10\u6708,11\u6708,12\u6708', '|', '\uff08|\uff09'],
};
// Their year, month, day and hour units, the space between fields (Korean) and whether a short
// weekday keeps its brackets after a year.
const cjkUnits = { ja: ['\u5e74\u6708\u65e5\u6642', '', true], zh: ['\u5e74\u6708\u65e5\u65f6', '', true], ko: ['\ub144\uc6d4\uc77c\uc2dc', ' ', false],
  'zh-Hant': ['\u5e74\u6708\u65e5\u6642', '', true] };
// (Korean keeps a short weekday's brackets after a year with a short month, and writes a named month as one part: 9\uC6D4.)
function cjkNames(language) {
  const [chars, long, short, months, around, numericAround = around] = cjkNameText[language];
  const [units, gap, bracketsWithYear] = cjkUnits[language];
  const narrow = chars.split(',');
  const [open, close] = around.split('|');
  const [nOpen, nClose] = numericAround.split('|');
  const hant = language === 'zh-Hant';
  return { cjk: true, days: narrow.map((c) => long.replace('{}', c)), daysShort: narrow.map((c) => short.replace('{}', c)), daysNarrow: narrow,
    months: months.split(','), around: { long: ['', ''], short: [open, close], narrow: [open, close] },
    numericAround: { long: hant ? [nOpen, nClose] : ['', ''], short: [nOpen, nClose], narrow: [nOpen, nClose] }, afterWeekday: '', at: ' ', join: ' ',
    chineseMonths: language === 'zh', narrowMonthBare: language.startsWith('zh'), spacedDayWeekday: hant, styleWeekdayGap: hant ? ' ' : '',
    units, gap, bracketsWithYear };
}
const localNameCache = {};
function localNames(locale) {
  const language = lang(locale);
  if (cjkNameText[language] && !/^zh-(TW|HK|MO|Hant)\b/i.test(locale)) return (localNameCache[language] ??= cjkNames(language));
  if (/^zh-(Hant(-TW)?|TW)\b/i.test(locale)) return (localNameCache['zh-Hant'] ??= cjkNames('zh-Hant'));
  const text = localNameText[language];
  if (!text) return undefined;
  if (!localNameCache[language]) {
    const [months, monthsShort, days, daysShort, patterns, afterWeekday, at, join = ', ', alone = months, aloneShort = monthsShort] = text;
    const [long, short] = patterns.split('|');
    localNameCache[language] = { months: months.split(','), monthsShort: monthsShort.split(','), days: days.split(','),
      daysShort: daysShort.split(','), patterns: { long, short }, afterWeekday, weekdayLast: afterWeekday === '>', at, join,
      monthsAlone: alone.split(','), monthsShortAlone: aloneShort.split(',') };
  }
  return localNameCache[language];
}
// A pattern with the fields not asked for left out ('{d}. {M} {y}' without a year is '{d}. {M}';
// without a day, '{M} {y}'), as parts.
function namedDateParts(pattern, values) {
  let text = pattern;
  if (values.y === undefined) text = text.replace(/( de)? \{y\}.*$/, '');
  if (values.d === undefined) text = text.replace(/^\{d\}\.? (de )?/, '');
  const out = [];
  const types = { d: 'day', M: 'month', y: 'year' };
  for (const piece of text.split(/(\{[dMy]\})/)) {
    if (!piece) continue;
    const key = /^\{([dMy])\}$/.exec(piece);
    out.push(key ? part(types[key[1]], values[key[1]]) : literal(piece));
  }
  return out;
}

// Where a weekday's separator differs from the one before a named date: before a lone day, a numeric date.
const localWeekdayJoins = { es: { day: ' ' }, hi: { day: ' ' }, sv: { numeric: ', ' } };
// A narrow name: the first letter with its combining marks (Hindi \u0917\u0941), upper-cased.
const firstLetter = (name) => /^.\p{M}*/u.exec(name)[0].toUpperCase();

// 12-hour periods of languages that do not write AM/PM.
const localPeriods = { 'fr-CA': ['a.m.', 'p.m.'], tr: ['\u00d6\u00d6', '\u00d6S'], cs: ['dop.', 'odp.'], es: ['a.\u202fm.', 'p.\u202fm.'], nl: ['a.m.', 'p.m.'], sv: ['fm', 'em'], ja: ['\u5348\u524d', '\u5348\u5f8c'], zh: ['\u4e0a\u5348', '\u4e0b\u5348'] };
// ICU's adjacent literals are one part (Japanese and Chinese dates build them piecewise).
function mergeLiterals(parts) {
  const out = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.type === 'literal' && last && last.type === 'literal') out[out.length - 1] = literal(last.value + p.value);
    else out.push(p);
  }
  return out;
}

// CLDR's short zone names (timeZoneName 'short') by the zone's English long name
// (node/timezone.rs), in sets; '*' stands for Standard, Daylight and Summer (the daylight name).
const zoneAbbreviationText = {
  gmt: 'Greenwich Mean Time=GMT', bst: 'British Summer Time=BST', ist: 'Irish Standard Time=IST',
  atlantic: 'Atlantic * Time=AST|ADT', us: 'Eastern * Time=EST|EDT;Central * Time=CST|CDT;Mountain * Time=MST|MDT;Pacific * Time=PST|PDT;Alaska * Time=AKST|AKDT',
  hast: 'Hawaii-Aleutian * Time=HAST|HADT', nst: 'Newfoundland * Time=NST|NDT',
  eu: 'Central European * Time=CET|CEST;Eastern European * Time=EET|EEST;Western European * Time=WET|WEST',
  de: 'Central European * Time=MEZ|MESZ;Eastern European * Time=OEZ|OESZ;Western European * Time=WEZ|WESZ',
  cs: 'Central European * Time=SE\u010c|SEL\u010c',
  au: 'Australian Eastern * Time=AEST|AEDT;Australian Central * Time=ACST|ACDT;Australian Western * Time=AWST|AWDT;New Zealand * Time=NZST|NZDT',
  india: 'India Standard Time=IST', za: 'South Africa Standard Time=SAST', ja: 'Japan Standard Time=JST',
  br: 'Brasilia * Time=BRT|BRST;Amazon * Time=AMT|AMST',
  frCA: 'Eastern * Time=HNE|HAE;Central * Time=HNC|HAC;Mountain * Time=HNR|HAR;Pacific * Time=HNP|HAP;Atlantic * Time=HNA|HAA;Newfoundland * Time=HNT|HAT',
};
// Each locale's (else language's) zone names: 'abbreviation sets,GMT word,minus,hour-minute separator';
// 'usIds' marks en-US's own names of the US zones (usZones).
const zoneFormatText = {
  en: 'usIds us hast atlantic gmt', 'en-CA': 'usIds us hast atlantic nst gmt', 'en-GB': 'gmt bst eu', 'en-IE': 'gmt ist', 'en-AU': 'gmt au', 'en-NZ': 'gmt au', 'en-IN': 'gmt india',
  'en-ZA': 'gmt za', 'en-001': 'gmt', de: 'de', fr: ',UTC,\u2212', 'fr-CA': 'frCA,UTC,\u2212', es: 'eu gmt', 'es-419': '', it: 'eu',
  pt: 'br', 'pt-PT': 'eu', nl: 'us hast atlantic eu gmt', sv: 'eu gmt,GMT,\u2212', pl: 'eu', da: 'eu,GMT,-,.', nb: 'us hast atlantic eu gmt',
  no: 'us hast atlantic eu gmt', el: 'eu', hu: 'eu gmt', ro: 'eu gmt', ca: 'eu gmt', cs: 'us atlantic cs', ja: 'ja',
  'zh-TW': 'us hast atlantic gmt', 'zh-HK': 'us hast atlantic gmt', hi: 'india', id: 'us hast atlantic nst,GMT,-,.',
  vi: 'us hast atlantic', fi: ',UTC,-,.',
};
// English outside these regions is CLDR's en-001 (no US names), Spanish outside Spain es-419.
const usEnglishRegions = new Set([undefined, 'US', 'CA', 'PH', 'PR', 'GU', 'VI', 'AS', 'UM', 'MP']);
const zoneFormatCache = new Map();
function zoneFormatKey(locale) {
  const { language, region } = parseTag(locale);
  const tag = region ? `${language}-${region}` : language;
  if (tag in zoneFormatText) return tag;
  if (language === 'en' && !usEnglishRegions.has(region)) return 'en-001';
  return language === 'es' && region && region !== 'ES' ? 'es-419' : language;
}
function zoneFormat(locale) {
  let out = zoneFormatCache.get(locale);
  if (out) return out;
  const [sets = '', gmt = 'GMT', minus = '-', separator = ':'] = (zoneFormatText[zoneFormatKey(locale)] ?? '').split(',');
  const names = new Map();
  for (const set of sets.split(' ')) {
    for (const entry of (zoneAbbreviationText[set] ?? '').split(';').filter(Boolean)) {
      const [name, abbreviations] = entry.split('=');
      const [standard, daylight] = abbreviations.split('|');
      if (!name.includes('*')) names.set(name, standard);
      else for (const [word, abbr] of [['Standard', standard], ['Daylight', daylight], ['Summer', daylight]]) names.set(name.replace('*', word), abbr);
    }
  }
  out = { usIds: sets.split(' ').includes('usIds'), names, gmt, minus, separator };
  zoneFormatCache.set(locale, out);
  return out;
}

class DateTimeFormatImpl {
  constructor(locales, options) {
    this.locale = localeOf(locales, ['ca', 'hc', 'nu']);
    this.language = lang(this.locale);
    const o = { ...optionsOf(options, 'Cannot convert undefined or null to object') };
    numberOption('localeMatcher', o.localeMatcher, localeMatchers, 'best fit', 'DateTimeFormat');
    validateDateTimeOptions(o);
    this.timeZone = o.timeZone === undefined ? localZone() : canonicalZone(o.timeZone);
    if (o.dateStyle || o.timeStyle) {
      this.dateStyle = o.dateStyle;
      this.timeStyle = o.timeStyle;
    }
    this.options = o;
    // en-GB: day before month, 24-hour clock, lowercase am/pm.
    this.gb = /^en-GB\b/i.test(this.locale);
    const localDates = numericDates[this.locale] || numericDates[this.language];
    this.numeric = o.dateStyle === undefined && o.timeStyle === undefined ? localDates : undefined;
    this.localDates = localDates;
    // English of the Commonwealth puts the day before a named month.
    this.dayFirst = this.gb || /^en-(AU|IN|NZ|IE|ZA|SG)\b/i.test(this.locale);
    this.periods = localDates && localDates[7];
    this.names = localNames(this.locale);
    // V8's hourCycle: hour12 picks h11/h23 where the locale's clock is h23 (en-GB), else
    // h12/h24 (en-US: hour12 false is h24, midnight 24:05 as node prints it).
    const localeCycle = this.gb || (localDates && !this.periods) ? 'h23' : 'h12';
    if (o.hour12 !== undefined) this.hourCycle = o.hour12 ? (localeCycle === 'h23' ? 'h11' : 'h12') : (localeCycle === 'h23' ? 'h23' : 'h24');
    else this.hourCycle = ['h11', 'h12', 'h23', 'h24'].includes(o.hourCycle) ? o.hourCycle : localeCycle;
    this.hour12 = this.hourCycle === 'h11' || this.hourCycle === 'h12';
  }
  parts(d) {
    if (this.timeZone !== 'UTC') {
      const offset = internalBinding('timezone').offset(this.timeZone, d.getTime());
      if (offset) d = new Date(d.getTime() + offset * 60000);
    }
    return { y: d.getUTCFullYear(), mo: d.getUTCMonth(), day: d.getUTCDate(), wd: d.getUTCDay(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds() };
  }
  // The pieces below build node's formatToParts() lists; format() joins their values.
  // The date fields, then the era (`AD`, `Anno Domini`, `A`) when asked for.
  formatDate(p, o) {
    const out = this.formatDateFields(p, o);
    if (!o.era) return out;
    const era = p.y > 0 ? ['AD', 'Anno Domini', 'A'] : ['BC', 'Before Christ', 'B'];
    if (out.length) out.push(literal(' '));
    out.push(part('era', era[['short', 'long', 'narrow'].indexOf(o.era)] || era[0]));
    return out;
  }
  formatDateFields(p, o) {
    const month = o.month;
    const wd = o.weekday ? this.weekdayName(p, o) : '';
    const out = [];
    // Years before 1 show as the era's year (1 BC is year 0).
    const y = p.y > 0 ? p.y : 1 - p.y;
    const year = o.year === '2-digit' ? String(y % 100).padStart(2, '0') : `${y}`;
    const numericMonth = month === 'numeric' || month === '2-digit';
    if (this.names && this.names.cjk && (!numericMonth || (!o.year && !o.day && !wd))) return this.cjkDate(p, o, year);
    if (wd && !month && this.names && (o.day ? !o.year : o.year)) return this.localWeekdayWith(p, o, year, wd);
    if (wd && o.day && !month && !o.year) return [part('day', `${p.day}`), literal(' '), part('weekday', wd)];
    if (this.names && (month === 'long' || month === 'short')) return this.localNamedDate(p, o, year);
    // A lone narrow month is its standalone name's first letter.
    if (this.names && month === 'narrow' && !o.day && !o.year && !wd) return [part('month', firstLetter(this.names.monthsAlone[p.mo]))];
    if (month === 'long' || month === 'short' || month === 'narrow') {
      // en-GB's short September is 'Sept'.
      const short = this.dayFirst && p.mo === 8 ? 'Sept' : monthsLong[p.mo].slice(0, 3);
      const m = { long: monthsLong[p.mo], short, narrow: monthsLong[p.mo][0] }[month];
      const day = o.day === '2-digit' ? String(p.day).padStart(2, '0') : `${p.day}`;
      if (this.dayFirst) {
        // en-GB and en-AU leave out the comma after a weekday when there is no year.
        if (wd) out.push(part('weekday', wd), literal(o.year || !/^en-(GB|AU)\b/i.test(this.locale) ? ', ' : ' '));
        if (o.day) out.push(part('day', day), literal(' '));
        out.push(part('month', m));
        if (o.year) out.push(literal(' '), part('year', year));
        return out;
      }
      if (wd) out.push(part('weekday', wd), literal(', '));
      out.push(part('month', m));
      if (o.day) out.push(literal(' '), part('day', day));
      if (o.year) out.push(literal(o.day ? ', ' : ' '), part('year', year));
      return out;
    }
    const two = (n) => String(n).padStart(2, '0');
    if (this.numeric) return this.localDateFields(p, o, year, wd);
    const fields = [];
    // en-GB pads a numeric month or day unless the other one is asked for with two digits.
    const mo = o.month === '2-digit' || (this.gb && o.month && o.day !== '2-digit') ? two(p.mo + 1) : `${p.mo + 1}`;
    const day = o.day === '2-digit' || (this.gb && o.day && o.month !== '2-digit') ? two(p.day) : `${p.day}`;
    if (this.gb && o.day) fields.push(part('day', day));
    if (o.month) fields.push(part('month', mo));
    if (!this.gb && o.day) fields.push(part('day', day));
    if (o.year) fields.push(part('year', year));
    // en-GB's weekday before a day and month: 'Tuesday 24/03' (both two digits, no comma).
    const gbDayMonth = this.gb && wd && o.day && o.month && !o.year;
    if (gbDayMonth) fields.forEach((f) => { f.value = f.value.padStart(2, '0'); });
    if (wd) out.push(part('weekday', wd));
    if (wd && fields.length) out.push(literal(gbDayMonth ? ' ' : ', '));
    fields.forEach((f, i) => { if (i) out.push(literal('/')); out.push(f); });
    return out;
  }
  weekdayName(p, o) {
    const n = this.names;
    if (!n) return { long: daysLong[p.wd], short: daysLong[p.wd].slice(0, 3), narrow: daysLong[p.wd][0] }[o.weekday];
    if (o.weekday === 'long') return n.days[p.wd];
    if (o.weekday === 'narrow' && n.daysNarrow) return n.daysNarrow[p.wd];
    const short = n.daysShort[p.wd];
    // German writes a lone short weekday without its dot ('Fr', but 'Fr., 9.2.2024').
    return o.weekday === 'narrow' ? firstLetter(short) : this.language === 'de' && !o.day ? short.replace(/\.$/, '') : short;
  }
  // A date with a named month in a language of localNameText.
  localNamedDate(p, o, year) {
    const n = this.names;
    const long = o.month === 'long';
    const months = o.day ? (long ? n.months : n.monthsShort) : (long ? n.monthsAlone : n.monthsShortAlone);
    const values = { M: months[p.mo], d: o.day ? (o.day === '2-digit' ? String(p.day).padStart(2, '0') : `${p.day}`) : undefined, y: o.year ? year : undefined };
    const out = namedDateParts(long ? n.patterns.long : n.patterns.short, values);
    if (o.weekday && n.weekdayLast) out.push(literal(' '), part('weekday', this.weekdayName(p, o)));
    else if (o.weekday) out.unshift(part('weekday', this.weekdayName(p, o)), literal(n.afterWeekday));
    return out;
  }
  // A weekday with a lone day (Donnerstag, 5.) or year (2024 jeudi) in a language of localNameText.
  localWeekdayWith(p, o, year, wd) {
    if (!o.day) return [part('year', year), literal(' '), part('weekday', wd)];
    const n = this.names;
    const day = part('day', o.day === '2-digit' ? String(p.day).padStart(2, '0') : `${p.day}`);
    const dot = n.patterns.long.startsWith('{d}.') ? [literal('.')] : [];
    if (n.weekdayLast) return [day, literal(' '), part('weekday', wd)];
    return [part('weekday', wd), literal((localWeekdayJoins[this.language] || {}).day ?? n.afterWeekday), day, ...dot];
  }
  // A Japanese or Chinese date: 2024\u5E749\u67085\u65E5 with the fields asked for, a weekday after it.
  cjkDate(p, o, year) {
    const n = this.names;
    const two = (v) => String(v).padStart(2, '0');
    const wd = o.weekday ? this.weekdayName(p, o) : '';
    // A lone long month is a name (zh \u4E5D\u6708); other lone months are numbers and \u6708.
    if (o.month && !o.year && !o.day && !wd) {
      const m = o.month === '2-digit' ? two(p.mo + 1) : `${p.mo + 1}`;
      // Chinese names a lone month (\u4E5D\u6708, 9\u6708, 9 by width); Japanese writes 9\u6708 for all.
      if (o.month === 'narrow' && n.narrowMonthBare) return [part('month', m)];
      const zh = n.chineseMonths && { long: n.months[p.mo], short: `${m}\u6708`, narrow: m }[o.month];
      if (zh) return [part('month', zh)];
      const onePart = (!n.bracketsWithYear || n.spacedDayWeekday) && o.month !== 'numeric' && o.month !== '2-digit';
      return onePart ? [part('month', m + n.units[1])] : [part('month', m), literal(n.units[1])];
    }
    // Traditional Chinese sets a weekday after a lone day off with a space (5 \u661F\u671F\u56DB).
    if (wd && o.day && !o.month && !o.year && n.spacedDayWeekday) return [part('day', `${p.day}`), literal(' '), part('weekday', wd)];
    const korean = !n.bracketsWithYear;
    const fields = [['year', o.year && year, n.units[0]], ['month', o.month && `${p.mo + 1}`, n.units[1]], ['day', o.day && (o.day === '2-digit' ? two(p.day) : `${p.day}`), n.units[2]]];
    const out = [];
    for (const [type, value, suffix] of fields) {
      if (!value) continue;
      if (out.length) out.push(literal(n.gap));
      if (korean && type === 'month') out.push(part(type, value + suffix));
      else out.push(part(type, value), literal(suffix));
    }
    if (wd) {
      // A lone weekday has no brackets, one after a year alone a space (Korean: brackets only without a year).
      const after = out.length && (o.month || o.day);
      const [open, close] = after && (n.bracketsWithYear || !o.year || o.month !== 'long') ? n.around[o.weekday] : ['', ''];
      if (out.length) out.push(literal(after ? (o[kStyledDate] ? n.styleWeekdayGap : '') + n.gap + open : ' '));
      out.push(part('weekday', wd));
      if (close) out.push(literal(close));
    }
    return out;
  }
  // The weekday after a numeric date (2024/9/5(\u6728)), for Japanese and Chinese.
  cjkWeekdayAfter(fields, wd, o) {
    const [open, close] = this.names.numericAround[o.weekday];
    const before = this.names.gap + open;
    return [...fields, ...(before ? [literal(before)] : []), part('weekday', wd), ...(close ? [literal(close)] : [])];
  }
  // A numeric date in the order, separator and padding of a locale from numericDates.
  localDateFields(p, o, year, wd, pattern = this.numeric) {
    const [order, sep, padDay, padMonth, , , dayMonth] = pattern;
    const two = (n) => String(n).padStart(2, '0');
    if (dayMonth && o.day && o.month && !o.year) {
      const dd = o.day === '2-digit' ? two(p.day) : `${p.day}`;
      const mm = o.month === '2-digit' ? two(p.mo + 1) : `${p.mo + 1}`;
      const fields = [...dayMonth].map((c) => (c === 'd' ? part('day', dd) : c === 'm' ? part('month', mm) : literal(c)));
      if (wd && this.names && this.names.weekdayLast) return [...fields, literal(' '), part('weekday', wd)];
      return wd ? [part('weekday', wd), literal(this.names ? this.names.afterWeekday : ', '), ...fields] : fields;
    }
    // A lone day or month is not padded, nor a Turkish date with a weekday (5.9.2024 Per).
    const lone = [o.day, o.month, o.year].filter(Boolean).length === 1 || Boolean(wd && this.names && this.names.weekdayLast);
    const values = {
      d: o.day && part('day', o.day === '2-digit' || (padDay && !lone) ? two(p.day) : `${p.day}`),
      m: o.month && part('month', o.month === '2-digit' || (padMonth && !lone) ? two(p.mo + 1) : `${p.mo + 1}`),
      y: o.year && part('year', year),
    };
    const fields = [...order].map((k) => values[k]).filter(Boolean);
    // Korean, Hungarian, Croatian and Latvian end a numeric date with a dot (2024. 9. 5.; Latvian
    // not after a 2-digit day).
    const language = this.language;
    const dot = ['ko', 'hu', 'hr'].includes(language) || (language === 'lv' && o.day !== '2-digit');
    const end = dot && fields.length ? [literal('.')] : [];
    if (wd && this.names && this.names.cjk) {
      const joined = [];
      fields.forEach((f, i) => { if (i) joined.push(literal(sep)); joined.push(f); });
      return this.cjkWeekdayAfter([...joined, ...end], wd, o);
    }
    const weekdayLast = wd && this.names && this.names.weekdayLast;
    const out = wd && !weekdayLast ? [part('weekday', wd)] : [];
    const afterWeekday = this.names ? (localWeekdayJoins[this.language] || {}).numeric ?? this.names.afterWeekday : ', ';
    if (wd && !weekdayLast && fields.length) out.push(literal(afterWeekday));
    // German and Turkish write a month and year with a slash (10/2030).
    const between = !o.day && o.month && o.year && ['de', 'tr'].includes(this.language) ? '/' : sep;
    fields.forEach((f, i) => { if (i) out.push(literal(between)); out.push(f); });
    if (weekdayLast) return fields.length ? out.concat(end, literal(' '), part('weekday', wd)) : [part('weekday', wd)];
    return out.concat(end);
  }
  formatTime(p, o) {
    const two = (n) => String(n).padStart(2, '0');
    // fractionalSecondDigits: the milliseconds' first digits after the seconds.
    const fraction = o.fractionalSecondDigits ? [part('fractionalSecond', String(p.ms).padStart(3, '0').slice(0, o.fractionalSecondDigits))] : [];
    // Between hour, minute and second, and after the second (Canadian French: 14 h 07 min 09 s).
    const seps = this.locale.startsWith('fr-CA') ? [' h ', ' min ', ' s'] : [':', ':', ''];
    if (!o.hour) {
      // Minutes and seconds alone: a lone field without padding, a pair with two digits each.
      if (o.minute && (o.second || fraction.length)) {
        return [part('minute', two(p.mi)), literal(seps[1]), part('second', two(p.s)), ...(fraction.length ? [literal('.'), ...fraction] : []), ...(seps[2] ? [literal(seps[2])] : [])];
      }
      if (o.second) return [part('second', `${p.s}`), ...(fraction.length ? [literal('.'), ...fraction] : [])];
      if (o.minute) return [part('minute', `${p.mi}`)];
      if (fraction.length) return fraction;
      return o.dayPeriod ? [part('dayPeriod', flexiblePeriod(p, o.dayPeriod))] : [];
    }
    let h = p.h;
    let period = '';
    if (this.hour12) period = h < 12 ? 'AM' : 'PM';
    h = { h11: h % 12, h12: h % 12 || 12, h23: h, h24: h || 24 }[this.hourCycle];
    if (this.gb || this.periods === 'am') period = period.toLowerCase();
    else if (this.periods === 'a.m.') period = period === 'AM' ? 'a.m.' : 'p.m.';
    else if (period && (localPeriods[this.locale] || localPeriods[this.language])) period = (localPeriods[this.locale] || localPeriods[this.language])[period === 'AM' ? 0 : 1];
    // en-GB writes a styled or defaulted hour and a 24-hour one with two digits (ICU's HH), unless
    // every other time field asked for is 2-digit; a 12-hour one as given.
    const gbTwo = this.gb && (o[kDefaultTime] || (!this.hour12 && (o.minute !== '2-digit' || (o.second !== undefined && o.second !== '2-digit'))));
    // Locales with a 24-hour HH pattern pad the hour like en-GB; Italian and Spanish not a lone one.
    const allTwoDigit = o.minute === '2-digit' && (o.second === undefined || o.second === '2-digit');
    const loneHour = !o.minute && !o.second;
    // (A time style on a 12-hour clock keeps the pattern's two digits: 02:07:09 PM.)
    const localTwo = this.localDates ? this.localDates[5] && (this.hour12 ? o[kDefaultTime] : (o[kDefaultTime] || !allTwoDigit) && !(loneHour && this.language === 'it')) :
      !this.hour12 && !this.gb && !this.periods;
    const hour = o.hour === '2-digit' || gbTwo || localTwo ? two(h) : String(h);
    const out = [part('hour', hour)];
    if (o.minute) out.push(literal(seps[0]), part('minute', two(p.mi)));
    if (o.second) out.push(literal(seps[1]), part('second', two(p.s)));
    if (fraction.length) out.push(literal('.'), ...fraction);
    if (o.second && seps[2]) out.push(literal(seps[2]));
    // A lone 24-hour hour: German and French name the unit ('13 Uhr', '13 h'); before a zone
    // name ICU's en pattern is "HH'h'" (14h GMT+9).
    if (!o.minute && !o.second && this.names && this.names.cjk) out.push(literal(this.names.units[3]));
    else if ((!this.hour12 || seps[2]) && !o.minute && !o.second) {
      const unit = { de: ' Uhr', fr: ' h' }[this.language];
      if (unit) out.push(literal(unit));
      else if (o.timeZoneName) out.push(literal('h'));
    }
    // A dayPeriod option names the time of day instead of AM/PM (after a plain space).
    if (period && o.dayPeriod) out.push(literal(' '), part('dayPeriod', flexiblePeriod(p, o.dayPeriod)));
    // ICU puts a narrow no-break space before the period (Dutch and Hindi a space after minutes); format() shows it as a space (V8).
    // Japanese and Chinese write the period first (\u5348\u5F8C2:07).
    else if (period && this.names && this.names.cjk) out.unshift(part('dayPeriod', period), ...(this.names.gap ? [literal(this.names.gap)] : []));
    else if (period && this.language === 'tr') out.unshift(part('dayPeriod', period), literal('\u202f'));
    else if (period) out.push(literal(o.minute && ['nl', 'hi'].includes(this.language) ? ' ' : '\u202f'), part('dayPeriod', period));
    return out;
  }
  // ICU's names for timeZoneName: the locale's short names (zoneFormat), UTC, the en long names
  // node's toString shows (node/timezone.rs), else the localized GMT offset.
  zoneName(style, d) {
    const tz = internalBinding('timezone');
    const offset = this.timeZone === 'UTC' ? 0 : tz.offset(this.timeZone, d.getTime()) || 0;
    const { usIds, names, gmt, minus, separator } = zoneFormat(this.locale);
    const sign = offset < 0 ? minus : '+';
    const hours = Math.floor(Math.abs(offset) / 60);
    const minutes = Math.abs(offset) % 60;
    const longOffset = `${gmt}${sign}${String(hours).padStart(2, '0')}${separator}${String(minutes).padStart(2, '0')}`;
    if (style === 'long' || style === 'longGeneric') return tz.longName(this.timeZone, d.getTime(), style === 'longGeneric') ?? longOffset;
    if (style === 'longOffset') return longOffset;
    const us = usIds ? usZones[this.timeZone] : undefined;
    if (style === 'shortGeneric' && us) return `${us[0]}T`;
    if (style === 'short') {
      if (this.timeZone === 'UTC') return 'UTC';
      if (us) return offset === us[1] ? `${us[0]}ST` : `${us[0]}DT`;
      const name = names.get(tz.longName(this.timeZone, d.getTime()));
      if (name) return name;
    }
    return `${gmt}${sign}${hours}${minutes ? `${separator}${String(minutes).padStart(2, '0')}` : ''}`;
  }
  formatToParts(date = Date.now()) {
    const parts = this.dateTimeParts(date);
    return this.names ? mergeLiterals(parts) : parts;
  }
  dateTimeParts(date) {
    const d = date instanceof Date ? date : new Date(date);
    if (Number.isNaN(d.getTime())) throw new RangeError('Invalid time value');
    const p = this.parts(d);
    let o = this.options;
    if (this.dateStyle || this.timeStyle) {
      const ds = { full: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', [kStyledDate]: true }, long: { month: 'long', day: 'numeric', year: 'numeric' }, medium: { month: 'short', day: 'numeric', year: 'numeric' }, short: { month: 'numeric', day: 'numeric', year: this.gb ? 'numeric' : '2-digit' } }[this.dateStyle];
      const ts = this.timeStyle ? { hour: 'numeric', minute: '2-digit', second: this.timeStyle === 'short' ? undefined : '2-digit', [kDefaultTime]: true } : undefined;
      const styles = this.names && (numericDateStyles[this.locale.replace(/^([a-z]+)(?:-[A-Za-z]{4})?(-[A-Z]{2})?.*$/, '$1$2')] || numericDateStyles[this.language]);
      const numericStyle = styles && styles[this.dateStyle];
      const a = numericStyle ? this.localDateFields(p, { day: 'numeric', month: 'numeric', year: 'numeric' }, numericStyle[4] === 2 ? String(p.y % 100).padStart(2, '0') : `${p.y}`, '', numericStyle) :
        ds ? this.formatDate(p, ds) : [];
      const b = ts ? this.formatTime(p, ts) : [];
      // Korean long and full times name the units: PM 2\uC2DC 7\uBD84 9\uCD08.
      if ((this.timeStyle === 'long' || this.timeStyle === 'full') && this.language === 'ko') {
        b.splice(0, b.length, ...b.filter((x) => x.type !== 'literal' || x.value !== ':').flatMap((x) => {
          const unit = { hour: '\uc2dc ', minute: '\ubd84 ', second: '\ucd08' }[x.type];
          return unit ? [part(x.type, String(Number(x.value))), literal(unit)] : [x];
        }));
      }
      // The full and long time styles end with the zone's long and short names (Chinese: start).
      if (this.timeStyle === 'full' || this.timeStyle === 'long') {
        const zone = part('timeZoneName', this.zoneName(this.timeStyle === 'full' ? 'long' : 'short', d));
        if (this.names && this.names.chineseMonths) b.unshift(zone, literal(' '));
        else if (this.names && this.names.spacedDayWeekday) b.push(literal(' ['), zone, literal(']'));
        else b.push(literal(' '), zone);
      }
      // The full and long date styles join a time with " at ".
      // (A numeric date style joins a time as the locale's numeric dates do.)
      const join = this.dateStyle === 'full' || this.dateStyle === 'long' ? (this.names ? this.names.at : ' at ') :
        numericStyle && this.localDates ? this.localDates[4] : this.names ? this.names.join : ', ';
      return a.length && b.length ? this.joinDateTime(a, join, b) : a.length ? a : b;
    }
    const hasDate = o.year || o.month || o.day || o.weekday;
    const hasTime = o.hour || o.minute || o.second || o.fractionalSecondDigits || o.dayPeriod;
    if (!hasDate && !hasTime) o = { ...o, year: 'numeric', month: 'numeric', day: 'numeric' };
    const a = hasDate || !hasTime || o.era ? this.formatDate(p, o) : [];
    const b = hasTime ? this.formatTime(p, o) : [];
    // ICU's long date patterns join a time with " at ", a lone weekday with a space.
    const namedShort = o.month === 'short' || o.month === 'narrow';
    const join = o.month === 'long' ? (this.names ? this.names.at : ' at ') : o.weekday && !o.month && !o.day && !o.year ? ' ' : this.numeric && !namedShort ? this.numeric[4] : this.names ? this.names.join : ', ';
    const out = a.length && b.length ? this.joinDateTime(a, join, b) : a.length ? a : b;
    if (o.timeZoneName) {
      // After a date alone: ' at ' following a long month, else ', '.
      const before = b.length || (this.names && this.names.cjk) ? ' ' : o.month === 'long' ? (this.names ? this.names.at : ' at ') : ', ';
      out.push(literal(before), part('timeZoneName', this.zoneName(o.timeZoneName, d)));
    }
    return out;
  }
  // A date and a time joined; Hindi's ' \u0915\u094B ' join ends the time with ' \u092C\u091C\u0947'.
  joinDateTime(a, join, b) {
    const hindiAt = this.names && join === this.names.at && this.language === 'hi';
    return a.concat(literal(join), b, hindiAt ? [literal(' \u092c\u091c\u0947')] : []);
  }
  // formatRange: ICU's en interval forms for the common cases (the same day: one date, the
  // times joined, a shared AM/PM once; named months of one year: 'July 4 - 6, 2024'), else
  // both dates in full, joined by a thin-spaced en dash.
  formatRange(start, end) {
    let text = '';
    for (const p of this.formatRangeToParts(start, end)) text += p.value;
    return text;
  }
  formatRangeToParts(start, end) {
    if (start === undefined || end === undefined) throw new TypeError('Invalid time value');
    const a = this.formatToParts(start);
    const b = this.formatToParts(end);
    const tag = (parts, source) => parts.map((p) => ({ ...p, source }));
    const text = (parts) => parts.map((p) => p.value).join('');
    if (text(a) === text(b)) return tag(a, 'shared');
    const dash = { type: 'literal', value: '\u2009\u2013\u2009', source: 'shared' };
    const isTime = (p) => ['hour', 'minute', 'second', 'dayPeriod', 'fractionalSecond'].includes(p.type);
    const firstTime = a.findIndex(isTime);
    const sameDate = (p) => p.findIndex(isTime) === firstTime && text(p.slice(0, firstTime)) === text(a.slice(0, firstTime));
    if (firstTime >= 0 && sameDate(b) && a.length === b.length) {
      const shared = tag(a.slice(0, firstTime), 'shared');
      let from = a.slice(firstTime);
      const to = b.slice(firstTime);
      const period = (parts) => parts.find((p) => p.type === 'dayPeriod');
      if (period(from) && period(from).value === period(to).value) {
        // The shared AM/PM (and what follows it) closes the range once.
        const cut = to.indexOf(period(to)) - 1;
        from = from.slice(0, cut);
        return [...shared, ...tag(from, 'startRange'), dash, ...tag(to.slice(0, cut), 'endRange'), ...tag(to.slice(cut), 'shared')];
      }
      return [...shared, ...tag(from, 'startRange'), dash, ...tag(to, 'endRange')];
    }
    const field = (parts, type) => (parts.find((p) => p.type === type) || {}).value;
    const named = !this.gb && firstTime < 0 && a[0].type === 'month' && field(a, 'day') !== undefined && field(a, 'year') !== undefined &&
      /[a-z]/i.test(field(a, 'month')) && field(a, 'year') === field(b, 'year');
    if (named) {
      const dayAt = (parts) => parts.findIndex((p) => p.type === 'day');
      const rest = tag(b.slice(dayAt(b) + 1), 'shared');
      if (field(a, 'month') === field(b, 'month')) {
        return [...tag(a.slice(0, dayAt(a)), 'shared'), ...tag([a[dayAt(a)]], 'startRange'), dash, ...tag([b[dayAt(b)]], 'endRange'), ...rest];
      }
      return [...tag(a.slice(0, dayAt(a) + 1), 'startRange'), dash, ...tag(b.slice(0, dayAt(b) + 1), 'endRange'), ...rest];
    }
    return [...tag(a, 'startRange'), dash, ...tag(b, 'endRange')];
  }
  // format is a getter of a function bound to the formatter (`dates.map(dtf.format)`).
  get format() {
    if (!this[kFormat]) {
      this[kFormat] = (date) => {
        const parts = this.formatToParts(date);
        let text = '';
        for (let i = 0; i < parts.length; i++) text += parts[i].value;
        // V8 shows ICU's narrow no-break spaces as spaces.
        return text.includes('\u202f') ? text.replace(/\u202f/g, ' ') : text;
      };
    }
    return this[kFormat];
  }
  // The options as ICU resolved them: the hour cycle with an hour, the styles or the fields in
  // ECMA-402's order (year/month/day when none), with the widths the pattern uses.
  resolvedOptions() {
    const o = this.options;
    const out = { locale: this.locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: this.timeZone };
    if (o.hour !== undefined || this.timeStyle !== undefined) Object.assign(out, { hourCycle: this.hourCycle, hour12: this.hour12 });
    if (this.dateStyle || this.timeStyle) {
      if (this.dateStyle) out.dateStyle = this.dateStyle;
      if (this.timeStyle) out.timeStyle = this.timeStyle;
      return out;
    }
    const fields = { ...o };
    if (!dateTimeFields.some((f) => f !== 'era' && f !== 'timeZoneName' && fields[f] !== undefined)) Object.assign(fields, { year: 'numeric', month: 'numeric', day: 'numeric' });
    if (fields.hour !== undefined && (this.hourCycle === 'h23' || this.hourCycle === 'h24')) fields.hour = '2-digit';
    if (fields.hour !== undefined && fields.minute !== undefined) fields.minute = '2-digit';
    if (fields.minute !== undefined && fields.second !== undefined) Object.assign(fields, { minute: '2-digit', second: '2-digit' });
    if (fields.hour === undefined && (fields.minute === undefined) !== (fields.second === undefined)) {
      if (fields.minute !== undefined) fields.minute = 'numeric';
      else fields.second = 'numeric';
    }
    if (this.gb && fields.month === 'numeric' && fields.day !== undefined) Object.assign(fields, { month: '2-digit', day: '2-digit' });
    for (const f of dateTimeFields) if (fields[f] !== undefined) out[f] = fields[f];
    return out;
  }
}
const dateTimeFields = ['weekday', 'era', 'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName'];

// Collation levels: base letters (compatibility forms such as the ffi ligature folded, as
// ICU's primary weights), then accents, then the text itself.
// Letters some languages sort as their own, after a base letter or after z (CLDR tailorings):
// each becomes a stand-in that sorts there before the accents are stripped.
const collationTailorings = {
  sv: [[/[\u00e5\u00c5]/g, '{'], [/[\u00e4\u00c4\u00e6\u00c6]/g, '|'], [/[\u00f6\u00d6\u00f8\u00d8]/g, '}'], [/[\u00fc\u00dc]/g, 'y']],
  da: [[/[\u00e6\u00c6\u00e4\u00c4]/g, '{'], [/[\u00f8\u00d8\u00f6\u00d6]/g, '|'], [/[\u00e5\u00c5]|aa|Aa|AA/g, '}'], [/[\u00fc\u00dc]/g, 'y']],
  es: [[/[\u00f1\u00d1]/g, 'n~']],
  tr: [[/[\u00e7\u00c7]/g, 'c~'], [/[\u011f\u011e]/g, 'g~'], [/\u0131/g, 'h~'], [/[\u00f6\u00d6]/g, 'o~'], [/[\u015f\u015e]/g, 's~'], [/[\u00fc\u00dc]/g, 'u~']],
};
Object.assign(collationTailorings, { fi: collationTailorings.sv, nb: collationTailorings.da, no: collationTailorings.da, nn: collationTailorings.da });
// Letters the root collation sorts as others that Unicode does not decompose (æ as ae, ø as o, \u0142 as l ...).
const rootCollationLetters = { '\u00e6': 'ae', '\u00c6': 'AE', '\u0153': 'oe', '\u0152': 'OE', '\u00f8': 'o', '\u00d8': 'O', '\u0131': 'i',
  '\u0142': 'l', '\u0141': 'L', '\u0111': 'd', '\u0110': 'D', '\u00df': 'ss', '\u0127': 'h', '\u0126': 'H' };
// Keys of recently compared strings, by tailoring (sorting compares each string many times).
const collationKeyCache = new Map();
function collationKey(s, tailoring) {
  let cache = collationKeyCache.get(tailoring);
  if (!cache) collationKeyCache.set(tailoring, (cache = new Map()));
  let key = cache.get(s);
  if (!key) {
    if (cache.size >= 8192) cache.clear();
    cache.set(s, (key = computeCollationKey(s, tailoring)));
  }
  return key;
}
function computeCollationKey(s, tailoring) {
  // Printable ASCII needs no normalization (only Danish tailors ASCII: aa).
  if (tailoring !== collationTailorings.da && /^[\x20-\x7e]*$/.test(s)) {
    const lower = s.toLowerCase();
    return [lower, lower, s];
  }
  let t = s;
  if (tailoring) {
    t = s.normalize('NFC');
    for (const [re, to] of tailoring) t = t.replace(re, to);
  }
  t = t.replace(/[\u00e6\u00c6\u0153\u0152\u00f8\u00d8\u0131\u0142\u0141\u0111\u0110\u00df\u0127\u0126]/g, (c) => rootCollationLetters[c]);
  const base = t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return [base.toLowerCase(), s.normalize('NFD').toLowerCase().replace(/[\u0300-\u036f]/g, secondaryMark), s];
}
// Accents compare in the root collation's order (acute, grave, breve, circumflex, caron, ring,
// diaeresis, double acute, tilde, dot, cedilla, ogonek, macron), the rest after them.
const secondaryMarkOrder = '\u0301\u0300\u0306\u0302\u030c\u030a\u0308\u030b\u0303\u0307\u0327\u0328\u0304';
const secondaryMark = (c) => {
  const rank = secondaryMarkOrder.indexOf(c);
  return String.fromCharCode(rank < 0 ? 0x0340 + (c.charCodeAt(0) - 0x0300) : 0x0300 + rank);
};
function compareStrings(a, b, options = {}, language) {
  a = `${a}`; b = `${b}`;
  // ignorePunctuation: ICU leaves out punctuation and spaces (variable characters).
  if (options && options.ignorePunctuation) {
    a = a.replace(/[\p{P}\p{Z}\s]/gu, '');
    b = b.replace(/[\p{P}\p{Z}\s]/gu, '');
  }
  const tailoring = language && collationTailorings[language];
  const [a1, a2, a3] = collationKey(a, tailoring);
  const [b1, b2, b3] = collationKey(b, tailoring);
  const numeric = options && options.numeric;
  if (numeric) {
    const re = /(\d+)|(\D+)/g;
    const pa = a1.match(re) || [];
    const pb = b1.match(re) || [];
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      if (pa[i] === pb[i]) continue;
      const na = /^\d/.test(pa[i]);
      const nb = /^\d/.test(pb[i]);
      if (na && nb) return Number(pa[i]) < Number(pb[i]) ? -1 : 1;
      return pa[i] < pb[i] ? -1 : 1;
    }
    if (pa.length !== pb.length) return pa.length < pb.length ? -1 : 1;
  }
  if (a1 !== b1) return a1 < b1 ? -1 : 1;
  const sensitivity = options && options.sensitivity;
  const upperFirst = Boolean(options) && options.caseFirst === 'upper';
  if (sensitivity === 'base') return 0;
  // 'case': base letters and case, accents ignored.
  if (sensitivity === 'case') return compareCase(stripAccents(a), stripAccents(b), upperFirst);
  if (a2 !== b2) return a2 < b2 ? -1 : 1;
  if (sensitivity === 'accent') return 0;
  return compareCase(a3, b3, upperFirst);
}
const stripAccents = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
// Same letters: lowercase sorts first, as in ICU's default (caseFirst 'upper': uppercase).
function compareCase(a, b, upperFirst) {
  if (a === b) return 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const al = a[i] === a[i].toLowerCase();
    const bl = b[i] === b[i].toLowerCase();
    if (al !== bl) return al !== upperFirst ? -1 : 1;
    return a[i] < b[i] ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

class CollatorImpl {
  constructor(locales, options) {
    this.locale = localeOf(locales, ['co', 'kn', 'kf']);
    const o = optionsOf(options, 'Intl.Collator called on null or undefined');
    // ECMA-402's order: usage, localeMatcher, collation, numeric, caseFirst, sensitivity, ignorePunctuation.
    const opt = (name, values, fallback) => numberOption(name, o[name], values, fallback, 'Collator');
    const usage = opt('usage', ['sort', 'search'], 'sort');
    opt('localeMatcher', localeMatchers, 'best fit');
    // The locale's -u-kn and -u-kf keywords stand in for absent options.
    const { kn, kf } = parseTag(this.locale).keywords;
    const numeric = o.numeric === undefined ? kn === 'true' : Boolean(o.numeric);
    const caseFirst = opt('caseFirst', ['upper', 'lower', 'false'], ['upper', 'lower'].includes(kf) ? kf : 'false');
    const sensitivity = opt('sensitivity', ['base', 'accent', 'case', 'variant'], 'variant');
    this.options = { usage, sensitivity, ignorePunctuation: Boolean(o.ignorePunctuation), numeric, caseFirst };
    const language = lang(this.locale);
    this.compare = (a, b) => compareStrings(a, b, this.options, language);
  }
  resolvedOptions() {
    const o = this.options;
    return { locale: this.locale, usage: o.usage, sensitivity: o.sensitivity, ignorePunctuation: o.ignorePunctuation,
      collation: 'default', numeric: o.numeric, caseFirst: o.caseFirst };
  }
}

// CLDR cardinal plural rules of common languages on the operands of the number as formatted
// (i: integer digits, v: fraction digit count, f/t: the fraction with/without trailing zeros,
// n: the value), and the categories node 20 lists for them.
const inRange = (x, lo, hi) => x >= lo && x <= hi;
const millionMany = (o) => o.v === 0 && o.i !== 0 && o.i % 1000000 === 0 ? 'many' : undefined;
const pluralRuleText = {
  enlike: [['one', 'other'], (o) => (o.i === 1 && o.v === 0 ? 'one' : 'other')],
  n1: [['one', 'other'], (o) => (o.n === 1 ? 'one' : 'other')],
  fr: [['many', 'one', 'other'], (o) => (o.i <= 1 ? 'one' : millionMany(o) || 'other')],
  pt: [['many', 'one', 'other'], (o) => (o.i <= 1 ? 'one' : millionMany(o) || 'other')],
  ptPT: [['many', 'one', 'other'], (o) => (o.i === 1 && o.v === 0 ? 'one' : millionMany(o) || 'other')],
  es: [['many', 'one', 'other'], (o) => (o.n === 1 ? 'one' : millionMany(o) || 'other')],
  it: [['many', 'one', 'other'], (o) => (o.i === 1 && o.v === 0 ? 'one' : millionMany(o) || 'other')],
  da: [['one', 'other'], (o) => (o.n === 1 || (o.t !== 0 && o.i <= 1) ? 'one' : 'other')],
  ru: [['few', 'many', 'one', 'other'], (o) => {
    if (o.v !== 0) return 'other';
    const d = o.i % 10, h = o.i % 100;
    if (d === 1 && h !== 11) return 'one';
    if (inRange(d, 2, 4) && !inRange(h, 12, 14)) return 'few';
    return 'many';
  }],
  pl: [['few', 'many', 'one', 'other'], (o) => {
    if (o.v !== 0) return 'other';
    if (o.i === 1) return 'one';
    const d = o.i % 10, h = o.i % 100;
    return inRange(d, 2, 4) && !inRange(h, 12, 14) ? 'few' : 'many';
  }],
  cs: [['few', 'many', 'one', 'other'], (o) => (o.v !== 0 ? 'many' : o.i === 1 ? 'one' : inRange(o.i, 2, 4) ? 'few' : 'other')],
  ar: [['few', 'many', 'one', 'two', 'zero', 'other'], (o) => {
    const h = o.n % 100;
    return o.n === 0 ? 'zero' : o.n === 1 ? 'one' : o.n === 2 ? 'two' : inRange(h, 3, 10) && Number.isInteger(o.n) ? 'few' :
      inRange(h, 11, 99) && Number.isInteger(o.n) ? 'many' : 'other';
  }],
  he: [['one', 'two', 'other'], (o) => ((o.i === 1 && o.v === 0) || (o.i === 0 && o.v !== 0) ? 'one' : o.i === 2 && o.v === 0 ? 'two' : 'other')],
  ro: [['few', 'one', 'other'], (o) => (o.i === 1 && o.v === 0 ? 'one' : o.v !== 0 || o.n === 0 || inRange(o.n % 100, 1, 19) ? 'few' : 'other')],
  none: [['other'], () => 'other'],
};
const pluralLanguages = { de: 'enlike', nl: 'enlike', sv: 'enlike', fi: 'enlike', nb: 'enlike', no: 'enlike', et: 'enlike', en: 'enlike',
  tr: 'n1', hu: 'n1', el: 'n1', bg: 'n1', fr: 'fr', pt: 'pt', 'pt-PT': 'ptPT', es: 'es', it: 'it', ca: 'it', da: 'da', ru: 'ru', uk: 'ru',
  be: 'ru', pl: 'pl', cs: 'cs', sk: 'cs', ar: 'ar', he: 'he', ro: 'ro', ja: 'none', zh: 'none', ko: 'none', th: 'none', vi: 'none', id: 'none', ms: 'none' };
function pluralRule(locale) {
  return pluralRuleText[pluralLanguages[locale] || pluralLanguages[lang(locale)] || 'enlike'];
}
// Ordinal rules (CLDR as node 20 has them) on the integer n; languages not listed only have 'other'.
const ordinalRuleText = {
  en: [['few', 'one', 'two', 'other'], (n) => {
    const d = n % 10, h = n % 100;
    return d === 1 && h !== 11 ? 'one' : d === 2 && h !== 12 ? 'two' : d === 3 && h !== 13 ? 'few' : 'other';
  }],
  fr: [['one', 'other'], (n) => (n === 1 ? 'one' : 'other')],
  it: [['many', 'other'], (n) => ([8, 11, 80, 800].includes(n) ? 'many' : 'other')],
  sv: [['one', 'other'], (n) => ((n % 10 === 1 || n % 10 === 2) && n % 100 !== 11 && n % 100 !== 12 ? 'one' : 'other')],
  hu: [['one', 'other'], (n) => (n === 1 || n === 5 ? 'one' : 'other')],
  hi: [['few', 'many', 'one', 'two', 'other'], (n) => (n === 1 ? 'one' : n === 2 || n === 3 ? 'two' : n === 4 ? 'few' : n === 6 ? 'many' : 'other')],
  ca: [['few', 'one', 'two', 'other'], (n) => (n === 1 || n === 3 ? 'one' : n === 2 ? 'two' : n === 4 ? 'few' : 'other')],
  uk: [['few', 'other'], (n) => (n % 10 === 3 && n % 100 !== 13 ? 'few' : 'other')],
  be: [['few', 'other'], (n) => ((n % 10 === 2 || n % 10 === 3) && n % 100 !== 12 && n % 100 !== 13 ? 'few' : 'other')],
  none: [['other'], () => 'other'],
};
Object.assign(ordinalRuleText, { ro: ordinalRuleText.fr, ms: ordinalRuleText.fr, vi: ordinalRuleText.fr });
const ordinalRule = (locale) => ordinalRuleText[lang(locale)] || ordinalRuleText.none;
// The plural operands of a formatted number ('1.50' -> i 1, v 2, f 50, t 5, n 1.5).
function pluralOperands(text) {
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? '' : text.slice(dot + 1);
  const trimmed = frac.replace(/0+$/, '');
  return { n: Number(text), i: Number(int), v: frac.length, f: Number(frac || 0), t: Number(trimmed || 0) };
}

// Plural rules on the number as formatted (en: 1 is 'one', 1.0 with a fraction digit is not).
class PluralRulesImpl {
  constructor(locales, options) {
    // ICU's plural rules are by language (and pt-PT).
    const requested = requestedLocale(locales, []);
    // (The default locale stays whole, as node shows it.)
    this.locale = requested === undefined ? defaultLocale() : /^pt-PT\b/.test(requested) ? 'pt-PT' : lang(requested);
    const o = optionsOf(options, 'Intl.PluralRules called on null or undefined');
    numberOption('localeMatcher', o.localeMatcher, localeMatchers, 'best fit', 'PluralRules');
    this.type = numberOption('type', o.type, ['cardinal', 'ordinal'], 'cardinal', 'PluralRules');
    this.numbers = new NumberFormatImpl('en-US', { ...o, style: 'decimal', notation: 'standard', useGrouping: false, signDisplay: 'never' });
  }
  select(n) {
    const text = this.numbers.format(Number(n));
    if (this.type === 'ordinal') {
      return text.includes('.') ? 'other' : ordinalRule(this.locale)[1](Number(text));
    }
    return pluralRule(this.locale)[1](pluralOperands(text));
  }
  selectRange(start, end) { return this.select(end); }
  resolvedOptions() {
    const f = this.numbers.resolvedOptions();
    const digits = f.maximumSignificantDigits === undefined
      ? { minimumFractionDigits: f.minimumFractionDigits, maximumFractionDigits: f.maximumFractionDigits }
      : { minimumSignificantDigits: f.minimumSignificantDigits, maximumSignificantDigits: f.maximumSignificantDigits };
    return { locale: this.locale, type: this.type, minimumIntegerDigits: f.minimumIntegerDigits, ...digits,
      pluralCategories: [...(this.type === 'ordinal' ? ordinalRule(this.locale) : pluralRule(this.locale))[0]] };
  }
}

// en relative time units by style: [one, other] after the number, and with numeric 'auto' the
// words for -1, 0, 1 (second, minute and hour only have one for 0).
const relativeUnits = {
  long: { second: [' second', ' seconds'], minute: [' minute', ' minutes'], hour: [' hour', ' hours'], day: [' day', ' days'],
    week: [' week', ' weeks'], month: [' month', ' months'], quarter: [' quarter', ' quarters'], year: [' year', ' years'] },
  short: { second: [' sec.', ' sec.'], minute: [' min.', ' min.'], hour: [' hr.', ' hr.'], day: [' day', ' days'],
    week: [' wk.', ' wk.'], month: [' mo.', ' mo.'], quarter: [' qtr.', ' qtrs.'], year: [' yr.', ' yr.'] },
  narrow: { second: ['s', 's'], minute: ['m', 'm'], hour: ['h', 'h'], day: ['d', 'd'], week: ['w', 'w'], month: ['mo', 'mo'],
    quarter: ['q', 'q'], year: ['y', 'y'] },
};
const relativeWords = (unit, style) => {
  if (unit === 'second') return { 0: 'now' };
  if (unit === 'minute' || unit === 'hour') return { 0: `this ${unit}` };
  if (unit === 'day') return { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' };
  const name = style === 'long' ? unit : { week: 'wk.', month: 'mo.', quarter: 'qtr.', year: 'yr.' }[unit];
  return { '-1': `last ${name}`, 0: `this ${name}`, 1: `next ${name}` };
};
// Relative times in other languages (long style, node 20's CLDR data): 'past|future|nouns|words',
// templates with {0} (the number) and {n} (the unit's noun), the nouns of second..year by plural
// category in the language's order ('a/b', one form when all agree), and numeric 'auto' words per
// unit for -2..2 (',' between, ';' between units).
const rtfUnits = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
const localRelativeText = {
  de: 'vor {0} {n}|in {0} {n}|Sekunde/Sekunden,Minute/Minuten,Stunde/Stunden,Tag/Tagen,Woche/Wochen,Monat/Monaten,Quartal/Quartalen,Jahr/Jahren|,,jetzt;,,in dieser Minute;,,in dieser Stunde;vorgestern,gestern,heute,morgen,übermorgen;,letzte Woche,diese Woche,nächste Woche;,letzten Monat,diesen Monat,nächsten Monat;,letztes Quartal,dieses Quartal,nächstes Quartal;,letztes Jahr,dieses Jahr,nächstes Jahr',
  fr: 'il y a {0} {n}|dans {0} {n}|secondes/seconde/secondes,minutes/minute/minutes,heures/heure/heures,jours/jour/jours,semaines/semaine/semaines,mois,trimestres/trimestre/trimestres,ans/an/ans|,,maintenant;,,cette minute-ci;,,cette heure-ci;avant-hier,hier,aujourd\u2019hui,demain,après-demain;,la semaine dernière,cette semaine,la semaine prochaine;,le mois dernier,ce mois-ci,le mois prochain;,le trimestre dernier,ce trimestre,le trimestre prochain;,l\u2019année dernière,cette année,l\u2019année prochaine',
  es: 'hace {0} {n}|dentro de {0} {n}|segundos/segundo/segundos,minutos/minuto/minutos,horas/hora/horas,días/día/días,semanas/semana/semanas,meses/mes/meses,trimestres/trimestre/trimestres,años/año/años|,,ahora;,,este minuto;,,esta hora;anteayer,ayer,hoy,mañana,pasado mañana;,la semana pasada,esta semana,la próxima semana;,el mes pasado,este mes,el próximo mes;,el trimestre pasado,este trimestre,el próximo trimestre;,el año pasado,este año,el próximo año',
  it: '{0} {n} fa|tra {0} {n}|secondi/secondo/secondi,minuti/minuto/minuti,ore/ora/ore,giorni/giorno/giorni,settimane/settimana/settimane,mesi/mese/mesi,trimestri/trimestre/trimestri,anni/anno/anni|,,ora;,,questo minuto;,,quest\u2019ora;l\u2019altro ieri,ieri,oggi,domani,dopodomani;,settimana scorsa,questa settimana,settimana prossima;,mese scorso,questo mese,mese prossimo;,trimestre scorso,questo trimestre,trimestre prossimo;,anno scorso,quest\u2019anno,anno prossimo',
  pt: 'há {0} {n}|em {0} {n}|segundos/segundo/segundos,minutos/minuto/minutos,horas/hora/horas,dias/dia/dias,semanas/semana/semanas,meses/mês/meses,trimestres/trimestre/trimestres,anos/ano/anos|,,agora;,,este minuto;,,esta hora;anteontem,ontem,hoje,amanhã,depois de amanhã;,semana passada,esta semana,próxima semana;,mês passado,este mês,próximo mês;,último trimestre,este trimestre,próximo trimestre;,ano passado,este ano,próximo ano',
  'pt-PT': 'há {0} {n}|dentro de {0} {n}|segundos/segundo/segundos,minutos/minuto/minutos,horas/hora/horas,dias/dia/dias,semanas/semana/semanas,meses/mês/meses,trimestres/trimestre/trimestres,anos/ano/anos|,,agora;,,este minuto;,,esta hora;anteontem,ontem,hoje,amanhã,depois de amanhã;,semana passada,esta semana,próxima semana;,mês passado,este mês,próximo mês;,trimestre passado,este trimestre,próximo trimestre;,ano passado,este ano,próximo ano',
  nl: '{0} {n} geleden|over {0} {n}|seconde/seconden,minuut/minuten,uur,dag/dagen,week/weken,maand/maanden,kwartaal/kwartalen,jaar|,,nu;,,binnen een minuut;,,binnen een uur;eergisteren,gisteren,vandaag,morgen,overmorgen;,vorige week,deze week,volgende week;,vorige maand,deze maand,volgende maand;,vorig kwartaal,dit kwartaal,volgend kwartaal;,vorig jaar,dit jaar,volgend jaar',
  sv: 'för {0} {n} sedan|om {0} {n}|sekund/sekunder,minut/minuter,timme/timmar,dag/dagar,vecka/veckor,månad/månader,kvartal,år|,,nu;,,denna minut;,,denna timme;i förrgår,i går,i dag,i morgon,i övermorgon;,förra veckan,denna vecka,nästa vecka;,förra månaden,den här månaden,nästa månad;,förra kvartalet,detta kvartal,nästa kvartal;,förra året,i år,nästa år',
  pl: '{0} {n} temu|za {0} {n}|sekundy/sekund/sekund\u0119/sekundy,minuty/minut/minut\u0119/minuty,godziny/godzin/godzin\u0119/godziny,dni/dni/dzie\u0144/dnia,tygodnie/tygodni/tydzie\u0144/tygodnia,miesi\u0105ce/miesi\u0119cy/miesi\u0105c/miesi\u0105ca,kwarta\u0142y/kwarta\u0142ów/kwarta\u0142/kwarta\u0142u,lata/lat/rok/roku|,,teraz;,,ta minuta;,,ta godzina;przedwczoraj,wczoraj,dzisiaj,jutro,pojutrze;,w zesz\u0142ym tygodniu,w tym tygodniu,w przysz\u0142ym tygodniu;,w zesz\u0142ym miesi\u0105cu,w tym miesi\u0105cu,w przysz\u0142ym miesi\u0105cu;,w zesz\u0142ym kwartale,w tym kwartale,w przysz\u0142ym kwartale;,w zesz\u0142ym roku,w tym roku,w przysz\u0142ym roku',
  ru: '{0} {n} \u043D\u0430\u0437\u0430\u0434|\u0447\u0435\u0440\u0435\u0437 {0} {n}|\u0441\u0435\u043A\u0443\u043D\u0434\u044B/\u0441\u0435\u043A\u0443\u043D\u0434/\u0441\u0435\u043A\u0443\u043D\u0434\u0443/\u0441\u0435\u043A\u0443\u043D\u0434\u044B,\u043C\u0438\u043D\u0443\u0442\u044B/\u043C\u0438\u043D\u0443\u0442/\u043C\u0438\u043D\u0443\u0442\u0443/\u043C\u0438\u043D\u0443\u0442\u044B,\u0447\u0430\u0441\u0430/\u0447\u0430\u0441\u043E\u0432/\u0447\u0430\u0441/\u0447\u0430\u0441\u0430,\u0434\u043D\u044F/\u0434\u043D\u0435\u0439/\u0434\u0435\u043D\u044C/\u0434\u043D\u044F,\u043D\u0435\u0434\u0435\u043B\u0438/\u043D\u0435\u0434\u0435\u043B\u044C/\u043D\u0435\u0434\u0435\u043B\u044E/\u043D\u0435\u0434\u0435\u043B\u0438,\u043C\u0435\u0441\u044F\u0446\u0430/\u043C\u0435\u0441\u044F\u0446\u0435\u0432/\u043C\u0435\u0441\u044F\u0446/\u043C\u0435\u0441\u044F\u0446\u0430,\u043A\u0432\u0430\u0440\u0442\u0430\u043B\u0430/\u043A\u0432\u0430\u0440\u0442\u0430\u043B\u043E\u0432/\u043A\u0432\u0430\u0440\u0442\u0430\u043B/\u043A\u0432\u0430\u0440\u0442\u0430\u043B\u0430,\u0433\u043E\u0434\u0430/\u043B\u0435\u0442/\u0433\u043E\u0434/\u0433\u043E\u0434\u0430|,,\u0441\u0435\u0439\u0447\u0430\u0441;,,\u0432 \u044D\u0442\u0443 \u043C\u0438\u043D\u0443\u0442\u0443;,,\u0432 \u044D\u0442\u043E\u0442 \u0447\u0430\u0441;\u043F\u043E\u0437\u0430\u0432\u0447\u0435\u0440\u0430,\u0432\u0447\u0435\u0440\u0430,\u0441\u0435\u0433\u043E\u0434\u043D\u044F,\u0437\u0430\u0432\u0442\u0440\u0430,\u043F\u043E\u0441\u043B\u0435\u0437\u0430\u0432\u0442\u0440\u0430;,\u043D\u0430 \u043F\u0440\u043E\u0448\u043B\u043E\u0439 \u043D\u0435\u0434\u0435\u043B\u0435,\u043D\u0430 \u044D\u0442\u043E\u0439 \u043D\u0435\u0434\u0435\u043B\u0435,\u043D\u0430 \u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0435\u0439 \u043D\u0435\u0434\u0435\u043B\u0435;,\u0432 \u043F\u0440\u043E\u0448\u043B\u043E\u043C \u043C\u0435\u0441\u044F\u0446\u0435,\u0432 \u044D\u0442\u043E\u043C \u043C\u0435\u0441\u044F\u0446\u0435,\u0432 \u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0435\u043C \u043C\u0435\u0441\u044F\u0446\u0435;,\u0432 \u043F\u0440\u043E\u0448\u043B\u043E\u043C \u043A\u0432\u0430\u0440\u0442\u0430\u043B\u0435,\u0432 \u0442\u0435\u043A\u0443\u0449\u0435\u043C \u043A\u0432\u0430\u0440\u0442\u0430\u043B\u0435,\u0432 \u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0435\u043C \u043A\u0432\u0430\u0440\u0442\u0430\u043B\u0435;,\u0432 \u043F\u0440\u043E\u0448\u043B\u043E\u043C \u0433\u043E\u0434\u0443,\u0432 \u044D\u0442\u043E\u043C \u0433\u043E\u0434\u0443,\u0432 \u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0435\u043C \u0433\u043E\u0434\u0443',
  ja: '{0} {n}\u524D|{0} {n}\u5F8C|\u79D2,\u5206,\u6642\u9593,\u65E5,\u9031\u9593,\u304B\u6708,\u56DB\u534A\u671F,\u5E74|,,\u4ECA;,,1 \u5206\u4EE5\u5185;,,1 \u6642\u9593\u4EE5\u5185;\u4E00\u6628\u65E5,\u6628\u65E5,\u4ECA\u65E5,\u660E\u65E5,\u660E\u5F8C\u65E5;,\u5148\u9031,\u4ECA\u9031,\u6765\u9031;,\u5148\u6708,\u4ECA\u6708,\u6765\u6708;,\u524D\u56DB\u534A\u671F,\u4ECA\u56DB\u534A\u671F,\u7FCC\u56DB\u534A\u671F;,\u6628\u5E74,\u4ECA\u5E74,\u6765\u5E74',
  zh: '{0}{n}\u524D|{0}{n}\u540E|\u79D2\u949F,\u5206\u949F,\u5C0F\u65F6,\u5929,\u5468,\u4E2A\u6708,\u4E2A\u5B63\u5EA6,\u5E74|,,\u73B0\u5728;,,\u6B64\u523B;,,\u8FD9\u4E00\u65F6\u95F4 / \u6B64\u65F6;\u524D\u5929,\u6628\u5929,\u4ECA\u5929,\u660E\u5929,\u540E\u5929;,\u4E0A\u5468,\u672C\u5468,\u4E0B\u5468;,\u4E0A\u4E2A\u6708,\u672C\u6708,\u4E0B\u4E2A\u6708;,\u4E0A\u5B63\u5EA6,\u672C\u5B63\u5EA6,\u4E0B\u5B63\u5EA6;,\u53BB\u5E74,\u4ECA\u5E74,\u660E\u5E74',
  ko: '{0}{n} \uC804|{0}{n} \uD6C4|\uCD08,\uBD84,\uC2DC\uAC04,\uC77C,\uC8FC,\uAC1C\uC6D4,\uBD84\uAE30,\uB144|,,\uC9C0\uAE08;,,\uD604\uC7AC \uBD84;,,\uD604\uC7AC \uC2DC\uAC04;\uADF8\uC800\uAED8,\uC5B4\uC81C,\uC624\uB298,\uB0B4\uC77C,\uBAA8\uB808;,\uC9C0\uB09C\uC8FC,\uC774\uBC88 \uC8FC,\uB2E4\uC74C \uC8FC;,\uC9C0\uB09C\uB2EC,\uC774\uBC88 \uB2EC,\uB2E4\uC74C \uB2EC;,\uC9C0\uB09C \uBD84\uAE30,\uC774\uBC88 \uBD84\uAE30,\uB2E4\uC74C \uBD84\uAE30;,\uC791\uB144,\uC62C\uD574,\uB0B4\uB144',
  'zh-Hant': '{0} {n}\u524D|{0} {n}\u5F8C|\u79D2,\u5206\u9418,\u5C0F\u6642,\u5929,\u9031,\u500B\u6708,\u5B63,\u5E74|,,\u73FE\u5728;,,\u9019\u4E00\u5206\u9418;,,\u9019\u4E00\u5C0F\u6642;\u524D\u5929,\u6628\u5929,\u4ECA\u5929,\u660E\u5929,\u5F8C\u5929;,\u4E0A\u9031,\u672C\u9031,\u4E0B\u9031;,\u4E0A\u500B\u6708,\u672C\u6708,\u4E0B\u500B\u6708;,\u4E0A\u4E00\u5B63,\u9019\u4E00\u5B63,\u4E0B\u4E00\u5B63;,\u53BB\u5E74,\u4ECA\u5E74,\u660E\u5E74',
};
// The short and narrow styles where node 20's data has one template (elsewhere the long forms stand in).
const localRelativeShortText = {
  de: 'vor {0}{n}|in {0}{n}| Sek., Min., Std., Tag/ Tagen, Woche/ Wochen,#vor {0} Monat/vor {0} Monaten>in {0} Monat/in {0} Monaten, Quart., Jahr/ Jahren|,,jetzt;,,in dieser Minute;,,in dieser Stunde;vorgestern,gestern,heute,morgen,übermorgen;,letzte Woche,diese Woche,nächste Woche;,letzten Monat,diesen Monat,nächsten Monat;,letztes Quartal,dieses Quartal,nächstes Quartal;,letztes Jahr,dieses Jahr,nächstes Jahr',
  es: 'hace {0}{n}|dentro de {0}{n}|#hace {0} s>dentro de {0} s, min,#hace {0} h>dentro de {0} h,#hace {0} d>dentro de {0} d, sem.,#hace {0} m>dentro de {0} m, trim.,#hace {0} a>dentro de {0} a|,,ahora;,,este minuto;,,esta hora;anteayer,ayer,hoy,mañana,pasado mañana;,sem. ant.,esta sem.,próx. sem.;,el mes pasado,este mes,el próximo mes;,el trimestre pasado,este trimestre,el próximo trimestre;,el año pasado,este año,el próximo año',
  sv: 'för {0}{n} sen|om {0}{n}|#för {0} s sen>om {0} sek/om {0} sek,#för {0} min sen>om {0} min,#för {0} tim sedan>om {0} tim,#för {0} d sedan/för {0} d sedan>om {0} d,#för {0} v. sedan>om {0} v., mån., kv., år|,,nu;,,denna minut;,,denna timme;i förrgår,i går,i dag,i morgon,i övermorgon;,förra v.,denna v.,nästa v.;,förra mån.,denna mån.,nästa mån.;,förra kv.,detta kv.,nästa kv.;,förra året,i år,nästa år',
  ru: '{0}{n} \u043D\u0430\u0437\u0430\u0434|\u0447\u0435\u0440\u0435\u0437 {0}{n}|#{0} \u0441\u0435\u043A. \u043D\u0430\u0437\u0430\u0434>\u0447\u0435\u0440\u0435\u0437 {0} \u0441\u0435\u043A., \u043C\u0438\u043D., \u0447, \u0434\u043D., \u043D\u0435\u0434., \u043C\u0435\u0441., \u043A\u0432., \u0433./ \u043B./ \u0433./ \u0433.|,,\u0441\u0435\u0439\u0447\u0430\u0441;,,\u0432 \u044D\u0442\u0443 \u043C\u0438\u043D\u0443\u0442\u0443;,,\u0432 \u044D\u0442\u043E\u0442 \u0447\u0430\u0441;\u043F\u043E\u0437\u0430\u0432\u0447\u0435\u0440\u0430,\u0432\u0447\u0435\u0440\u0430,\u0441\u0435\u0433\u043E\u0434\u043D\u044F,\u0437\u0430\u0432\u0442\u0440\u0430,\u043F\u043E\u0441\u043B\u0435\u0437\u0430\u0432\u0442\u0440\u0430;,\u043D\u0430 \u043F\u0440\u043E\u0448\u043B\u043E\u0439 \u043D\u0435\u0434.,\u043D\u0430 \u044D\u0442\u043E\u0439 \u043D\u0435\u0434.,\u043D\u0430 \u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0435\u0439 \u043D\u0435\u0434.;,\u0432 \u043F\u0440\u043E\u0448\u043B\u043E\u043C \u043C\u0435\u0441.,\u0432 \u044D\u0442\u043E\u043C \u043C\u0435\u0441.,\u0432 \u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0435\u043C \u043C\u0435\u0441.;,\u043F\u043E\u0441\u043B\u0435\u0434\u043D\u0438\u0439 \u043A\u0432.,\u0442\u0435\u043A\u0443\u0449\u0438\u0439 \u043A\u0432.,\u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0438\u0439 \u043A\u0432.;,\u0432 \u043F\u0440\u043E\u0448\u043B\u043E\u043C \u0433.,\u0432 \u044D\u0442\u043E\u043C \u0433.,\u0432 \u0441\u043B\u0435\u0434. \u0433.',
  fr: 'il y a {0}{n}|dans {0}{n}| s, min, h, j, sem., m., trim., a|,,maintenant;,,cette minute-ci;,,cette heure-ci;avant-hier,hier,aujourd\u2019hui,demain,après-demain;,la semaine dernière,cette semaine,la semaine prochaine;,le mois dernier,ce mois-ci,le mois prochain;,le trimestre dernier,ce trimestre,le trimestre prochain;,l\u2019an dernier,cette année,l\u2019an prochain',
  it: '{0}{n} fa|tra {0}{n}| sec., min, h, gg/ g/ gg, sett., mesi/ mese/ mesi, trim., anni/ anno/ anni|,,ora;,,questo minuto;,,quest\u2019ora;l\u2019altro ieri,ieri,oggi,domani,dopodomani;,sett. scorsa,questa sett.,sett. prossima;,mese scorso,questo mese,mese prossimo;,trim. scorso,questo trim.,trim. prossimo;,anno scorso,quest\u2019anno,anno prossimo',
  pt: 'há {0}{n}|em {0}{n}| seg., min., h, dias/ dia/ dias, sem., meses/ mês/ meses, trim., anos/ ano/ anos|,,agora;,,este minuto;,,esta hora;anteontem,ontem,hoje,amanhã,depois de amanhã;,semana passada,esta semana,próxima semana;,mês passado,este mês,próximo mês;,último trimestre,este trimestre,próximo trimestre;,ano passado,este ano,próximo ano',
  'pt-PT': 'há {0}{n}|dentro de {0}{n}| s, min, h, dias/ dia/ dias, sem., meses/ mês/ meses, trim., anos/ ano/ anos|,,agora;,,este minuto;,,esta hora;anteontem,ontem,hoje,amanhã,depois de amanhã;,semana passada,esta semana,próxima semana;,mês passado,este mês,próximo mês;,trim. passado,este trim.,próximo trim.;,ano passado,este ano,próximo ano',
  nl: '{0}{n} geleden|over {0}{n}| sec., min., uur, dag/ dgn, week/ weken, maand/ maanden, kwart., jaar|,,nu;,,binnen een minuut;,,binnen een uur;eergisteren,gisteren,vandaag,morgen,overmorgen;,vorige week,deze week,volgende week;,vorige maand,deze maand,volgende maand;,vorig kwartaal,dit kwartaal,volgend kwartaal;,vorig jaar,dit jaar,volgend jaar',
  pl: '{0}{n} temu|za {0}{n}| sek., min, godz., dni/ dni/ dzie\u0144/ dnia, tyg./ tyg./ tydz./ tyg., mies., kw., lata/ lat/ rok/ roku|,,teraz;,,ta minuta;,,ta godzina;przedwczoraj,wczoraj,dzisiaj,jutro,pojutrze;,w zesz\u0142ym tyg.,w tym tyg.,w przysz\u0142ym tyg.;,w zesz\u0142ym mies.,w tym mies.,w przysz\u0142ym mies.;,w zesz\u0142ym kwartale,w tym kwartale,w przysz\u0142ym kwartale;,w zesz\u0142ym roku,w tym roku,w przysz\u0142ym roku',
  ja: '{0}{n}\u524D|{0}{n}\u5F8C| \u79D2, \u5206, \u6642\u9593, \u65E5, \u9031\u9593, \u304B\u6708, \u56DB\u534A\u671F, \u5E74|,,\u4ECA;,,1 \u5206\u4EE5\u5185;,,1 \u6642\u9593\u4EE5\u5185;\u4E00\u6628\u65E5,\u6628\u65E5,\u4ECA\u65E5,\u660E\u65E5,\u660E\u5F8C\u65E5;,\u5148\u9031,\u4ECA\u9031,\u6765\u9031;,\u5148\u6708,\u4ECA\u6708,\u6765\u6708;,\u524D\u56DB\u534A\u671F,\u4ECA\u56DB\u534A\u671F,\u7FCC\u56DB\u534A\u671F;,\u6628\u5E74,\u4ECA\u5E74,\u6765\u5E74',
  zh: '{0}{n}\u524D|{0}{n}\u540E|\u79D2,\u5206\u949F,\u5C0F\u65F6,\u5929,\u5468,\u4E2A\u6708,\u4E2A\u5B63\u5EA6,\u5E74|,,\u73B0\u5728;,,\u6B64\u523B;,,\u8FD9\u4E00\u65F6\u95F4 / \u6B64\u65F6;\u524D\u5929,\u6628\u5929,\u4ECA\u5929,\u660E\u5929,\u540E\u5929;,\u4E0A\u5468,\u672C\u5468,\u4E0B\u5468;,\u4E0A\u4E2A\u6708,\u672C\u6708,\u4E0B\u4E2A\u6708;,\u4E0A\u5B63\u5EA6,\u672C\u5B63\u5EA6,\u4E0B\u5B63\u5EA6;,\u53BB\u5E74,\u4ECA\u5E74,\u660E\u5E74',
  ko: '{0}{n}\uC804|{0}{n}\uD6C4|\uCD08 ,\uBD84 ,\uC2DC\uAC04 ,\uC77C ,\uC8FC ,\uAC1C\uC6D4 ,\uBD84\uAE30 ,\uB144 |,,\uC9C0\uAE08;,,\uD604\uC7AC \uBD84;,,\uD604\uC7AC \uC2DC\uAC04;\uADF8\uC800\uAED8,\uC5B4\uC81C,\uC624\uB298,\uB0B4\uC77C,\uBAA8\uB808;,\uC9C0\uB09C\uC8FC,\uC774\uBC88 \uC8FC,\uB2E4\uC74C \uC8FC;,\uC9C0\uB09C\uB2EC,\uC774\uBC88 \uB2EC,\uB2E4\uC74C \uB2EC;,\uC9C0\uB09C \uBD84\uAE30,\uC774\uBC88 \uBD84\uAE30,\uB2E4\uC74C \uBD84\uAE30;,\uC791\uB144,\uC62C\uD574,\uB0B4\uB144',
  'zh-Hant': '{0}{n}\u524D|{0}{n}\u5F8C| \u79D2, \u5206\u9418, \u5C0F\u6642, \u5929, \u9031, \u500B\u6708, \u5B63, \u5E74|,,\u73FE\u5728;,,\u9019\u4E00\u5206\u9418;,,\u9019\u4E00\u5C0F\u6642;\u524D\u5929,\u6628\u5929,\u4ECA\u5929,\u660E\u5929,\u5F8C\u5929;,\u4E0A\u9031,\u672C\u9031,\u4E0B\u9031;,\u4E0A\u500B\u6708,\u672C\u6708,\u4E0B\u500B\u6708;,\u4E0A\u4E00\u5B63,\u9019\u4E00\u5B63,\u4E0B\u4E00\u5B63;,\u53BB\u5E74,\u4ECA\u5E74,\u660E\u5E74',
};
const localRelativeNarrowText = {
  de: 'vor {0}{n}|in {0}{n}| s, m, Std., Tag/ Tagen, Wo.,#vor {0} Monat/vor {0} Monaten>in {0} Monat/in {0} Monaten, Q, Jahr/ Jahren|,,jetzt;,,in dieser Minute;,,in dieser Stunde;vorgestern,gestern,heute,morgen,übermorgen;,letzte Woche,diese Woche,nächste Woche;,letzten Monat,diesen Monat,nächsten Monat;,letztes Quartal,dieses Quartal,nächstes Quartal;,letztes Jahr,dieses Jahr,nächstes Jahr',
  es: 'hace {0}{n}|dentro de {0}{n}|#hace {0} s>dentro de {0} s, min,#hace {0} h>dentro de {0} h,#hace {0} d>dentro de {0} d, sem.,#hace {0} m>dentro de {0} m, trim.,#hace {0} a>dentro de {0} a|,,ahora;,,este minuto;,,esta hora;anteayer,ayer,hoy,mañana,pasado mañana;,sem. ant.,esta sem.,próx. sem.;,el mes pasado,este mes,el próximo mes;,el trimestre pasado,este trimestre,el próximo trimestre;,el año pasado,este año,el próximo año',
  sv: '\u2212{0}{n}|+{0}{n}| s, min, h, d,#\u2212{0} v>+{0} v.,#\u2212{0} mån>+{0} mån.,#\u2212{0} kv>+{0} kv., år|,,nu;,,denna minut;,,denna timme;i förrgår,igår,idag,imorgon,i övermorgon;,förra v.,denna v.,nästa v.;,förra mån.,denna mån.,nästa mån.;,förra kv.,detta kv.,nästa kv.;,förra året,i år,nästa år',
  fr: '-{0}{n}|+{0}{n}| s, min, h, j, sem., m., trim., a|,,maintenant;,,cette minute-ci;,,cette heure-ci;avant-hier,hier,aujourd\u2019hui,demain,après-demain;,la semaine dernière,cette semaine,la semaine prochaine;,le mois dernier,ce mois-ci,le mois prochain;,le trimestre dernier,ce trimestre,le trimestre prochain;,l\u2019an dernier,cette année,l\u2019an prochain',
  it: '{0}{n} fa|tra {0}{n}| s, min, h, gg/ g/ gg, sett., mesi/ mese/ mesi, trim., anni/ anno/ anni|,,ora;,,questo minuto;,,quest\u2019ora;l\u2019altro ieri,ieri,oggi,domani,dopodomani;,sett. scorsa,questa sett.,sett. prossima;,mese scorso,questo mese,mese prossimo;,trim. scorso,questo trim.,trim. prossimo;,anno scorso,quest\u2019anno,anno prossimo',
  pt: 'há {0}{n}|em {0}{n}| seg., min., h, dias/ dia/ dias, sem., meses/ mês/ meses, trim., anos/ ano/ anos|,,agora;,,este minuto;,,esta hora;anteontem,ontem,hoje,amanhã,depois de amanhã;,semana passada,esta semana,próxima semana;,mês passado,este mês,próximo mês;,último trimestre,este trimestre,próximo trimestre;,ano passado,este ano,próximo ano',
  'pt-PT': '-{0}{n}|+{0}{n}| s, min, h, dias/ dia/ dias, sem., meses/ mês/ meses, trim., anos/ ano/ anos|,,agora;,,este minuto;,,esta hora;anteontem,ontem,hoje,amanhã,depois de amanhã;,semana passada,esta semana,próxima semana;,mês passado,este mês,próximo mês;,trim. passado,este trim.,próximo trim.;,ano passado,este ano,próximo ano',
  nl: '{0}{n} geleden|over {0}{n}| sec., min., uur, dag/ dgn, week/ weken, maand/ maanden, kw., jaar|,,nu;,,binnen een minuut;,,binnen een uur;eergisteren,gisteren,vandaag,morgen,overmorgen;,vorige week,deze week,volgende week;,vorige maand,deze maand,volgende maand;,vorig kwartaal,dit kwartaal,volgend kwartaal;,vorig jaar,dit jaar,volgend jaar',
  pl: '{0}{n} temu|za {0}{n}| s, min, g., dni/ dni/ dzie\u0144/ dnia, tyg./ tyg./ tydz./ tyg., mies., kw., lata/ lat/ rok/ roku|,,teraz;,,ta minuta;,,ta godzina;przedwczoraj,wcz.,dzi\u015B,jutro,pojutrze;,w zesz\u0142ym tyg.,w tym tyg.,w przysz\u0142ym tyg.;,w zesz\u0142ym mies.,w tym mies.,w przysz\u0142ym mies.;,w zesz\u0142ym kwartale,w tym kwartale,w przysz\u0142ym kwartale;,w zesz\u0142ym roku,w tym roku,w przysz\u0142ym roku',
  ru: '-{0}{n}|+{0}{n}| \u0441, \u043C\u0438\u043D, \u0447, \u0434\u043D., \u043D\u0435\u0434., \u043C\u0435\u0441., \u043A\u0432., \u0433./ \u043B./ \u0433./ \u0433.|,,\u0441\u0435\u0439\u0447\u0430\u0441;,,\u0432 \u044D\u0442\u0443 \u043C\u0438\u043D\u0443\u0442\u0443;,,\u0432 \u044D\u0442\u043E\u0442 \u0447\u0430\u0441;\u043F\u043E\u0437\u0430\u0432\u0447\u0435\u0440\u0430,\u0432\u0447\u0435\u0440\u0430,\u0441\u0435\u0433\u043E\u0434\u043D\u044F,\u0437\u0430\u0432\u0442\u0440\u0430,\u043F\u043E\u0441\u043B\u0435\u0437\u0430\u0432\u0442\u0440\u0430;,\u043D\u0430 \u043F\u0440. \u043D\u0435\u0434.,\u043D\u0430 \u044D\u0442. \u043D\u0435\u0434.,\u043D\u0430 \u0441\u043B\u0435\u0434. \u043D\u0435\u0434.;,\u0432 \u043F\u0440. \u043C\u0435\u0441.,\u0432 \u044D\u0442. \u043C\u0435\u0441.,\u0432 \u0441\u043B\u0435\u0434. \u043C\u0435\u0441.;,\u043F\u043E\u0441\u043B. \u043A\u0432.,\u0442\u0435\u043A. \u043A\u0432.,\u0441\u043B\u0435\u0434. \u043A\u0432.;,\u0432 \u043F\u0440. \u0433.,\u0432 \u044D\u0442. \u0433.,\u0432 \u0441\u043B. \u0433.',
  ja: '{0}{n}\u524D|{0}{n}\u5F8C|\u79D2,\u5206,\u6642\u9593,\u65E5,\u9031\u9593,\u304B\u6708,\u56DB\u534A\u671F,\u5E74|,,\u4ECA;,,1 \u5206\u4EE5\u5185;,,1 \u6642\u9593\u4EE5\u5185;\u4E00\u6628\u65E5,\u6628\u65E5,\u4ECA\u65E5,\u660E\u65E5,\u660E\u5F8C\u65E5;,\u5148\u9031,\u4ECA\u9031,\u6765\u9031;,\u5148\u6708,\u4ECA\u6708,\u6765\u6708;,\u524D\u56DB\u534A\u671F,\u4ECA\u56DB\u534A\u671F,\u7FCC\u56DB\u534A\u671F;,\u6628\u5E74,\u4ECA\u5E74,\u6765\u5E74',
  zh: '{0}{n}\u524D|{0}{n}\u540E|\u79D2,\u5206\u949F,\u5C0F\u65F6,\u5929,\u5468,\u4E2A\u6708,\u4E2A\u5B63\u5EA6,\u5E74|,,\u73B0\u5728;,,\u6B64\u523B;,,\u8FD9\u4E00\u65F6\u95F4 / \u6B64\u65F6;\u524D\u5929,\u6628\u5929,\u4ECA\u5929,\u660E\u5929,\u540E\u5929;,\u4E0A\u5468,\u672C\u5468,\u4E0B\u5468;,\u4E0A\u4E2A\u6708,\u672C\u6708,\u4E0B\u4E2A\u6708;,\u4E0A\u5B63\u5EA6,\u672C\u5B63\u5EA6,\u4E0B\u5B63\u5EA6;,\u53BB\u5E74,\u4ECA\u5E74,\u660E\u5E74',
  ko: '{0}{n}\uC804|{0}{n}\uD6C4|\uCD08 ,\uBD84 ,\uC2DC\uAC04 ,\uC77C ,\uC8FC ,\uAC1C\uC6D4 ,\uBD84\uAE30 ,\uB144 |,,\uC9C0\uAE08;,,\uD604\uC7AC \uBD84;,,\uD604\uC7AC \uC2DC\uAC04;\uADF8\uC800\uAED8,\uC5B4\uC81C,\uC624\uB298,\uB0B4\uC77C,\uBAA8\uB808;,\uC9C0\uB09C\uC8FC,\uC774\uBC88 \uC8FC,\uB2E4\uC74C \uC8FC;,\uC9C0\uB09C\uB2EC,\uC774\uBC88 \uB2EC,\uB2E4\uC74C \uB2EC;,\uC9C0\uB09C \uBD84\uAE30,\uC774\uBC88 \uBD84\uAE30,\uB2E4\uC74C \uBD84\uAE30;,\uC791\uB144,\uC62C\uD574,\uB0B4\uB144',
  'zh-Hant': '{0}{n}\u524D|{0}{n}\u5F8C| \u79D2, \u5206\u9418, \u5C0F\u6642, \u5929, \u9031, \u500B\u6708, \u5B63, \u5E74|,,\u73FE\u5728;,,\u9019\u4E00\u5206\u9418;,,\u9019\u4E00\u5C0F\u6642;\u524D\u5929,\u6628\u5929,\u4ECA\u5929,\u660E\u5929,\u5F8C\u5929;,\u4E0A\u9031,\u672C\u9031,\u4E0B\u9031;,\u4E0A\u500B\u6708,\u672C\u6708,\u4E0B\u500B\u6708;,\u4E0A\u4E00\u5B63,\u9019\u4E00\u5B63,\u4E0B\u4E00\u5B63;,\u53BB\u5E74,\u4ECA\u5E74,\u660E\u5E74',
};
const localRelativeCache = new Map();
function localRelative(locale, style = 'long') {
  const { language, script, region } = parseTag(locale);
  const key = region && `${language}-${region}` in localRelativeText ? `${language}-${region}` :
    language === 'zh' && (script === 'Hant' || ['TW', 'HK', 'MO'].includes(region)) ? 'zh-Hant' : language;
  const styled = { short: localRelativeShortText, narrow: localRelativeNarrowText }[style];
  const text = (styled && styled[key]) || localRelativeText[key];
  if (!text) return undefined;
  const cacheKey = `${key}|${styled && styled[key] ? style : 'long'}`;
  let out = localRelativeCache.get(cacheKey);
  if (!out) {
    const [past, future, nouns, words] = text.split('|');
    const nounLists = nouns.split(','), wordLists = words.split(';');
    out = { past, future, nouns: {}, whole: {}, words: {} };
    rtfUnits.forEach((u, i) => {
      // '#past forms>future forms': a unit that does not fit the templates, written whole.
      if (nounLists[i].startsWith('#')) {
        const [pastForms, futureForms] = nounLists[i].slice(1).split('>');
        out.whole[u] = { past: pastForms.split('/'), future: futureForms.split('/') };
      } else {
        out.nouns[u] = nounLists[i].split('/');
      }
      out.words[u] = wordLists[i].split(',');
    });
    localRelativeCache.set(cacheKey, out);
  }
  return out;
}

class RelativeTimeFormatImpl {
  constructor(locales, options) {
    this.locale = localeOf(locales, ['nu']);
    const o = optionsOf(options, 'Intl.RelativeTimeFormat called on null or undefined');
    numberOption('localeMatcher', o.localeMatcher, localeMatchers, 'best fit', 'RelativeTimeFormat');
    this.style = numberOption('style', o.style, ['long', 'short', 'narrow'], 'long', 'RelativeTimeFormat');
    this.numeric = numberOption('numeric', o.numeric, ['always', 'auto'], 'always', 'RelativeTimeFormat');
    this.number = new NumberFormatImpl(this.locale);
  }
  format(value, unit) {
    let text = '';
    for (const p of this.formatToParts(value, unit)) text += p.value;
    return text;
  }
  formatToParts(value, unit) {
    const n = Number(value);
    const u = `${unit}`.replace(/s$/, '');
    const forms = relativeUnits[this.style][u];
    if (!forms) throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() '${unit}'`);
    if (!Number.isFinite(n)) throw new RangeError('Invalid time value');
    const local = localRelative(this.locale, this.style);
    if (local) return this.localParts(local, n, u);
    if (this.numeric === 'auto') {
      const word = relativeWords(u, this.style)[Object.is(n, -0) ? 0 : n];
      if (word !== undefined) return [literal(word)];
    }
    const parts = this.number.formatToParts(Math.abs(n)).map((p) => ({ ...p, unit: u }));
    const name = forms[parts.length === 1 && parts[0].value === '1' ? 0 : 1];
    return n < 0 || Object.is(n, -0) ? [...parts, literal(`${name} ago`)] : [literal('in '), ...parts, literal(name)];
  }
  // A relative time in a language of localRelativeText.
  localParts(local, n, u) {
    if (this.numeric === 'auto') {
      const word = local.words[u][(Object.is(n, -0) ? 0 : n) + 2];
      if (word) return [literal(word)];
    }
    const parts = this.number.formatToParts(Math.abs(n)).map((p) => ({ ...p, unit: u }));
    const pick = (forms) => (forms.length === 1 ? forms[0] : forms[pluralRule(this.locale)[0].indexOf(new PluralRulesImpl(this.locale).select(Math.abs(n)))] ?? forms[0]);
    const past = n < 0 || Object.is(n, -0);
    const whole = local.whole[u];
    const pattern = whole ? pick(past ? whole.past : whole.future) : (past ? local.past : local.future).replace('{n}', pick(local.nouns[u]));
    const [before, after] = pattern.split('{0}');
    return [...(before ? [literal(before)] : []), ...parts, ...(after ? [literal(after)] : [])];
  }
  resolvedOptions() { return { locale: this.locale, style: this.style, numeric: this.numeric, numberingSystem: 'latn' }; }
}

// en list patterns by type and style: [between two, between the first ones, before the last].
const listPatterns = {
  conjunction: { long: [' and ', ', ', ', and '], short: [' & ', ', ', ', & '], narrow: [', ', ', ', ', '] },
  disjunction: { long: [' or ', ', ', ', or '], short: [' or ', ', ', ', or '], narrow: [' or ', ', ', ', or '] },
  unit: { long: [', ', ', ', ', '], short: [', ', ', ', ', '], narrow: [' ', ' ', ' '] },
};
// List patterns of common languages (node 20's CLDR data): for each type (conjunction,
// disjunction, unit) and style (long, short, narrow), the separators between two items, between
// the first ones, and before the last, joined by '~'.
const localListText = {
  de: ' und ~, ~ und | und ~, ~ und | und ~, ~ und | oder ~, ~ oder | oder ~, ~ oder | oder ~, ~ oder |, ~, ~ und |, ~, ~ und |, ~, ~ und ',
  fr: ' et ~, ~ et | et ~, ~ et |, ~, ~, | ou ~, ~ ou | ou ~, ~ ou | ou ~, ~ ou | et ~, ~ et | et ~, ~ et | ~ ~ ',
  es: ' y ~, ~ y | y ~, ~ y | y ~, ~ y | o ~, ~ o | o ~, ~ o | o ~, ~ o | y ~, ~ y | y ~, ~, | ~ ~ ',
  it: ' e ~, ~ e | e ~, ~ e | e ~, ~ e | o ~, ~ o | o ~, ~ o | o ~, ~ o | e ~, ~ e | e ~, ~ e | ~ ~ ',
  pt: ' e ~, ~ e | e ~, ~ e |, ~, ~, | ou ~, ~ ou | ou ~, ~ ou | ou ~, ~ ou | e ~, ~ e | e ~, ~ e | ~ ~ ',
  nl: ' en ~, ~ en | & ~, ~ & |, ~, ~, | of ~, ~ of | of ~, ~ of | of ~, ~ of | en ~, ~ en |, ~, ~, |, ~, ~, ',
  sv: ' och ~, ~ och | och ~, ~ och |, ~, ~, | eller ~, ~ eller | eller ~, ~ eller | eller ~, ~ eller |, ~, ~, |, ~, ~, | ~ ~ ',
  ru: ' \u0438 ~, ~ \u0438 | \u0438 ~, ~ \u0438 |, ~, ~, | \u0438\u043b\u0438 ~, ~ \u0438\u043b\u0438 | \u0438\u043b\u0438 ~, ~ \u0438\u043b\u0438 | \u0438\u043b\u0438 ~, ~ \u0438\u043b\u0438 | ~ ~ | ~ ~ | ~ ~ ',
  pl: ' i ~, ~ i | i ~, ~ i | i ~, ~ i | lub ~, ~ lub | lub ~, ~ lub | lub ~, ~ lub | i ~, ~ i | i ~, ~ i | i ~, ~ i ',
  ja: '\u3001~\u3001~\u3001|\u3001~\u3001~\u3001|\u3001~\u3001~\u3001|\u307e\u305f\u306f~\u3001~\u3001\u307e\u305f\u306f|\u307e\u305f\u306f~\u3001~\u3001\u307e\u305f\u306f|\u307e\u305f\u306f~\u3001~\u3001\u307e\u305f\u306f| ~ ~ | ~ ~ |~~',
  zh: '\u548c~\u3001~\u548c|\u548c~\u3001~\u548c|\u3001~\u3001~\u3001|\u6216~\u3001~\u6216|\u6216~\u3001~\u6216|\u6216~\u3001~\u6216|~~|~~|~~',
  'en-001': ' and ~, ~ and | and ~, ~ and |, ~, ~, | or ~, ~ or | or ~, ~ or | or ~, ~ or |, ~, ~, |, ~, ~, | ~ ~ ',
  'en-IN': ' and ~, ~ and | and ~, ~ and |, ~, ~, and | or ~, ~ or | or ~, ~ or | or ~, ~ or |, ~, ~, |, ~, ~, | ~ ~ ',
  'ko': ' \ubc0f ~, ~ \ubc0f | \ubc0f ~, ~ \ubc0f | \ubc0f ~, ~ \ubc0f | \ub610\ub294 ~, ~ \ub610\ub294 | \ub610\ub294 ~, ~ \ub610\ub294 | \ub610\ub294 ~, ~ \ub610\ub294 | ~ ~ | ~ ~ | ~ ~ ',
  'tr': ' ve ~, ~ ve | ve ~, ~ ve |, ~, ~, | veya ~, ~ veya | veya ~, ~ veya | veya ~, ~ veya | ~ ~ | ~ ~ | ~ ~ ',
  'hi': ' \u0914\u0930 ~, ~, \u0914\u0930 | \u0914\u0930 ~, ~ \u0914\u0930 | \u0914\u0930 ~, ~ \u0914\u0930 | \u092f\u093e ~, ~ \u092f\u093e | \u092f\u093e ~, ~ \u092f\u093e | \u092f\u093e ~, ~ \u092f\u093e | \u0914\u0930 ~, ~, \u0914\u0930 |, ~, ~, | ~, ~ ',
  'da': ' og ~, ~ og | og ~, ~ og | og ~, ~ og | eller ~, ~ eller | el. ~, ~ el. | el. ~, ~ el. | og ~, ~ og | og ~, ~ og | og ~, ~ og ',
  'nb': ' og ~, ~ og | og ~, ~ og | og ~, ~ og | eller ~, ~ eller | eller ~, ~ eller | eller ~, ~ eller | og ~, ~ og |, ~, ~, |, ~, ~, ',
  'fi': ' ja ~, ~ ja | ja ~, ~ ja | ja ~, ~ ja | tai ~, ~ tai | tai ~, ~ tai | tai ~, ~ tai | ja ~, ~ ja |, ~, ~, | ~ ~ ',
  'cs': ' a\u00a0~, ~ a\u00a0| a\u00a0~, ~ a\u00a0|, ~, ~, | nebo ~, ~ nebo | nebo ~, ~ nebo | nebo ~, ~ nebo | a\u00a0~, ~ a\u00a0|, ~, ~ a\u00a0| ~ ~ ',
};
// English outside the US and the Philippines is CLDR's en-001 (no serial comma).
const usListRegions = new Set([undefined, 'US', 'PH', 'PR', 'GU', 'VI', 'AS', 'UM', 'MP']);
function localListPatterns(locale, type, style) {
  const { language, region } = parseTag(locale);
  const key = `${language}-${region}` in localListText ? `${language}-${region}` : language === 'en' && !usListRegions.has(region) ? 'en-001' : language;
  const text = localListText[key];
  if (!text) return undefined;
  const index = ['conjunction', 'disjunction', 'unit'].indexOf(type) * 3 + ['long', 'short', 'narrow'].indexOf(style);
  return text.split('|')[index].split('~');
}
class ListFormatImpl {
  constructor(locales, options) {
    this.locale = localeOf(locales);
    const o = optionsOf(options, 'invalid_argument');
    numberOption('localeMatcher', o.localeMatcher, localeMatchers, 'best fit', 'ListFormat');
    this.type = numberOption('type', o.type, ['conjunction', 'disjunction', 'unit'], 'conjunction', 'ListFormat');
    this.style = numberOption('style', o.style, ['long', 'short', 'narrow'], 'long', 'ListFormat');
  }
  format(list) {
    let text = '';
    for (const p of this.formatToParts(list)) text += p.value;
    return text;
  }
  formatToParts(list) {
    const items = [];
    for (const item of list === undefined ? [] : list) {
      if (typeof item !== 'string') throw new TypeError(`Iterable yielded ${typeof item === 'symbol' ? item.toString() : item} which is not a string`);
      items.push(item);
    }
    const [two, middle, last] = localListPatterns(this.locale, this.type, this.style) || listPatterns[this.type][this.style];
    const out = [];
    items.forEach((item, i) => {
      if (i) out.push(literal(items.length === 2 ? two : i === items.length - 1 ? last : middle));
      out.push(part('element', item));
    });
    return out;
  }
  resolvedOptions() { return { locale: this.locale, type: this.type, style: this.style }; }
}

// ---- Locale: BCP 47 tags (language, script, region, variants, Unicode -u- keywords) ----
// Likely subtags (CLDR) of common languages: script, region, then the extra calendars and
// collations node 20's ICU lists for them.
const likely = {
  en: 'Latn US', de: 'Latn DE : phonebk', fr: 'Latn FR', es: 'Latn ES : trad', it: 'Latn IT', pt: 'Latn BR', nl: 'Latn NL',
  sv: 'Latn SE : trad', pl: 'Latn PL', ru: 'Cyrl RU', tr: 'Latn TR islamic-civil,islamic-tbla', ja: 'Jpan JP japanese unihan',
  zh: 'Hans CN chinese pinyin,stroke,unihan,zhuyin', ko: 'Kore KR dangi searchjl,unihan', hi: 'Deva IN indian',
  ar: 'Arab EG coptic,islamic,islamic-civil,islamic-tbla compat', he: 'Hebr IL hebrew,islamic,islamic-civil,islamic-tbla',
  uk: 'Cyrl UA', cs: 'Latn CZ', da: 'Latn DK', fi: 'Latn FI', nb: 'Latn NO', el: 'Grek GR', id: 'Latn ID', th: 'Thai TH', vi: 'Latn VN',
};
const likelyOf = (language) => {
  const entry = likely[language];
  if (!entry) return undefined;
  const [script, region, calendars = '', collations = ''] = entry.split(' ');
  return { script, region, calendars: calendars === ':' ? [] : calendars.split(',').filter(Boolean), collations: collations.split(',').filter(Boolean) };
};
// Week data by region (CLDR): first day, weekend days, minimal days in the first week.
const weekData = { US: [7, [6, 7], 1], CA: [7, [6, 7], 1], JP: [7, [6, 7], 1], KR: [7, [6, 7], 1], TW: [7, [6, 7], 1], BR: [7, [6, 7], 1],
  MX: [7, [6, 7], 1], IN: [7, [7], 1], IL: [7, [5, 6], 1], EG: [6, [5, 6], 1], CN: [1, [6, 7], 1], TR: [1, [6, 7], 1], AU: [1, [6, 7], 1] };
const weekEurope = 'AT BE CH CZ DE DK ES FI FR GB IE IT NL NO PL PT RU SE UA GR'.split(' ');
const hour12Regions = 'US CA AU NZ IN KR TW EG PH MX'.split(' ');
const unicodeKeys = [['ca', 'calendar'], ['co', 'collation'], ['hc', 'hourCycle'], ['kf', 'caseFirst'], ['kn', 'numeric'], ['nu', 'numberingSystem']];
// Every Intl service object made here (structuredClone refuses them, as V8's serializer does).
const intlObjects = new WeakSet();
// Each Intl.Locale's parsed tag (instances keep no own properties).
const localeTags = new WeakMap();
function localeTag(self, member) {
  const l = localeTags.get(self);
  if (l === undefined) throw incompatibleReceiver(`Intl.Locale.prototype.${member}`, self);
  return l;
}

function parseTag(tag) {
  const m = /^([a-z]{2,3}|[a-z]{5,8})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?((?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*)((?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*)$/i.exec(tag);
  if (!m) throw new RangeError('Incorrect locale information provided');
  const keywords = {};
  const ext = /-u((?:-[a-z\d]{2,8})+)/i.exec(m[5] || '');
  if (ext) {
    let key;
    for (const sub of ext[1].slice(1).toLowerCase().split('-')) {
      if (sub.length === 2) { key = sub; keywords[key] = 'true'; } else if (key) keywords[key] = keywords[key] === 'true' ? sub : `${keywords[key]}-${sub}`;
    }
  }
  return {
    language: m[1].toLowerCase(), script: m[2] && m[2][0].toUpperCase() + m[2].slice(1).toLowerCase(),
    region: m[3] && m[3].toUpperCase(), variants: (m[4] || '').toLowerCase(), keywords,
  };
}
function Locale(tag, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Locale requires 'new'");
  const given = tag instanceof Locale ? tag.toString() : tag;
  if (typeof given !== 'string' && (given === null || typeof given !== 'object')) throw new TypeError("First argument to Intl.Locale constructor can't be empty or missing");
  const text = `${given}`;
  if (text === '') throw new RangeError("First argument to Intl.Locale constructor can't be empty or missing");
  const l = parseTag(text);
  const o = options === undefined ? {} : options;
  if (o.language !== undefined) l.language = `${o.language}`.toLowerCase();
  if (o.script !== undefined) l.script = `${o.script}`[0].toUpperCase() + `${o.script}`.slice(1).toLowerCase();
  if (o.region !== undefined) l.region = `${o.region}`.toUpperCase();
  for (const [key, name] of unicodeKeys) {
    if (o[name] !== undefined) l.keywords[key] = key === 'kn' ? String(Boolean(o[name])) : `${o[name]}`;
  }
  localeTags.set(this, l);
  intlObjects.add(this);
}
Object.defineProperty(Locale, 'length', { value: 1 });
Object.defineProperty(Locale, 'prototype', { writable: false });
function localeGetter(name, get) {
  const desc = Object.getOwnPropertyDescriptor({ get [name]() { return get(localeTag(this, name), this); } }, name);
  Object.defineProperty(Locale.prototype, name, { get: desc.get, configurable: true });
}
const baseNameOf = (l) => [l.language, l.script, l.region].filter(Boolean).join('-') + l.variants;
function localeString(l) {
  const keys = Object.keys(l.keywords).sort().map((k) => (l.keywords[k] === 'true' ? k : `${k}-${l.keywords[k]}`));
  return baseNameOf(l) + (keys.length ? `-u-${keys.join('-')}` : '');
}
Object.defineProperties(Locale.prototype, {
  toString: { writable: true, configurable: true, value: function toString() {
    return localeString(localeTag(this, 'toString'));
  } },
  maximize: { writable: true, configurable: true, value: function maximize() {
    const l = localeTag(this, 'maximize');
    const lang = l.language === 'und' ? 'en' : l.language;
    const hint = likelyOf(lang) || {};
    // zh-TW and other Traditional Chinese regions take the Hant script.
    const script = l.script || (lang === 'zh' && /^(TW|HK|MO)$/.test(l.region) ? 'Hant' : hint.script);
    return new Locale(this.toString(), { language: lang, script, region: l.region || hint.region });
  } },
  minimize: { writable: true, configurable: true, value: function minimize() {
    const l = localeTag(this, 'minimize');
    const hint = likelyOf(l.language) || {};
    const max = localeTags.get(this.maximize());
    const keepRegion = max.region !== hint.region;
    const keepScript = max.script !== hint.script && !(l.language === 'zh' && max.script === 'Hant' && keepRegion);
    const out = new Locale(l.language, {});
    const m = localeTags.get(out);
    if (keepScript) m.script = max.script;
    if (keepRegion) m.region = max.region;
    m.variants = l.variants;
    m.keywords = { ...l.keywords };
    return out;
  } },
});
localeGetter('language', (l) => l.language);
localeGetter('script', (l) => l.script);
localeGetter('region', (l) => l.region);
localeGetter('baseName', baseNameOf);
localeGetter('calendar', (l) => l.keywords.ca);
localeGetter('caseFirst', (l) => l.keywords.kf);
localeGetter('collation', (l) => l.keywords.co);
localeGetter('hourCycle', (l) => l.keywords.hc);
localeGetter('numeric', (l) => l.keywords.kn === 'true');
localeGetter('numberingSystem', (l) => l.keywords.nu);
localeGetter('calendars', (l) => ['gregory', ...((likelyOf(l.language) || {}).calendars || [])]);
localeGetter('collations', (l) => [...(l.language === 'ar' ? ['compat'] : []), 'emoji', 'eor', ...((likelyOf(l.language) || {}).collations || []).filter((c) => c !== 'compat')]);
localeGetter('hourCycles', (l, self) => [hour12Regions.includes(self.maximize().region) ? 'h12' : 'h23']);
localeGetter('numberingSystems', () => ['latn']);
localeGetter('textInfo', (l) => ({ direction: ['ar', 'he', 'fa', 'ur'].includes(l.language) ? 'rtl' : 'ltr' }));
localeGetter('timeZones', () => undefined);
localeGetter('weekInfo', (l, self) => {
  const region = self.maximize().region;
  const [firstDay, weekend, minimalDays] = weekData[region] || (weekEurope.includes(region) ? [1, [6, 7], 4] : [1, [6, 7], 1]);
  return { firstDay, weekend: [...weekend], minimalDays };
});
Object.defineProperty(Locale.prototype, Symbol.toStringTag, { value: 'Intl.Locale', configurable: true });

// ---- DisplayNames ----
// en display names (node 20's ICU): code=name, by type.
const displayText = {
  region: 'AD=Andorra|AE=United Arab Emirates|AF=Afghanistan|AG=Antigua & Barbuda|AI=Anguilla|AL=Albania|' +
    'AM=Armenia|AO=Angola|AQ=Antarctica|AR=Argentina|AS=American Samoa|AT=Austria|AU=Australia|AW=Aruba|' +
    'AX=Åland Islands|AZ=Azerbaijan|BA=Bosnia & Herzegovina|BB=Barbados|BD=Bangladesh|BE=Belgium|' +
    'BF=Burkina Faso|BG=Bulgaria|BH=Bahrain|BI=Burundi|BJ=Benin|BL=St. Barthélemy|BM=Bermuda|BN=Brunei|' +
    'BO=Bolivia|BQ=Caribbean Netherlands|BR=Brazil|BS=Bahamas|BT=Bhutan|BV=Bouvet Island|BW=Botswana|' +
    'BY=Belarus|BZ=Belize|CA=Canada|CC=Cocos (Keeling) Islands|CD=Congo - Kinshasa|' +
    'CF=Central African Republic|CG=Congo - Brazzaville|CH=Switzerland|CI=Côte d\u2019Ivoire|CK=Cook Islands|' +
    'CL=Chile|CM=Cameroon|CN=China|CO=Colombia|CR=Costa Rica|CU=Cuba|CV=Cape Verde|CW=Curaçao|' +
    'CX=Christmas Island|CY=Cyprus|CZ=Czechia|DE=Germany|DJ=Djibouti|DK=Denmark|DM=Dominica|' +
    'DO=Dominican Republic|DZ=Algeria|EC=Ecuador|EE=Estonia|EG=Egypt|EH=Western Sahara|ER=Eritrea|' +
    'ES=Spain|ET=Ethiopia|FI=Finland|FJ=Fiji|FK=Falkland Islands|FM=Micronesia|FO=Faroe Islands|FR=France|' +
    'GA=Gabon|GB=United Kingdom|GD=Grenada|GE=Georgia|GF=French Guiana|GG=Guernsey|GH=Ghana|GI=Gibraltar|' +
    'GL=Greenland|GM=Gambia|GN=Guinea|GP=Guadeloupe|GQ=Equatorial Guinea|GR=Greece|' +
    'GS=South Georgia & South Sandwich Islands|GT=Guatemala|GU=Guam|GW=Guinea-Bissau|GY=Guyana|' +
    'HK=Hong Kong SAR China|HM=Heard & McDonald Islands|HN=Honduras|HR=Croatia|HT=Haiti|HU=Hungary|' +
    'ID=Indonesia|IE=Ireland|IL=Israel|IM=Isle of Man|IN=India|IO=British Indian Ocean Territory|IQ=Iraq|' +
    'IR=Iran|IS=Iceland|IT=Italy|JE=Jersey|JM=Jamaica|JO=Jordan|JP=Japan|KE=Kenya|KG=Kyrgyzstan|' +
    'KH=Cambodia|KI=Kiribati|KM=Comoros|KN=St. Kitts & Nevis|KP=North Korea|KR=South Korea|KW=Kuwait|' +
    'KY=Cayman Islands|KZ=Kazakhstan|LA=Laos|LB=Lebanon|LC=St. Lucia|LI=Liechtenstein|LK=Sri Lanka|' +
    'LR=Liberia|LS=Lesotho|LT=Lithuania|LU=Luxembourg|LV=Latvia|LY=Libya|MA=Morocco|MC=Monaco|MD=Moldova|' +
    'ME=Montenegro|MF=St. Martin|MG=Madagascar|MH=Marshall Islands|MK=North Macedonia|ML=Mali|' +
    'MM=Myanmar (Burma)|MN=Mongolia|MO=Macao SAR China|MP=Northern Mariana Islands|MQ=Martinique|' +
    'MR=Mauritania|MS=Montserrat|MT=Malta|MU=Mauritius|MV=Maldives|MW=Malawi|MX=Mexico|MY=Malaysia|' +
    'MZ=Mozambique|NA=Namibia|NC=New Caledonia|NE=Niger|NF=Norfolk Island|NG=Nigeria|NI=Nicaragua|' +
    'NL=Netherlands|NO=Norway|NP=Nepal|NR=Nauru|NU=Niue|NZ=New Zealand|OM=Oman|PA=Panama|PE=Peru|' +
    'PF=French Polynesia|PG=Papua New Guinea|PH=Philippines|PK=Pakistan|PL=Poland|' +
    'PM=St. Pierre & Miquelon|PN=Pitcairn Islands|PR=Puerto Rico|PS=Palestinian Territories|PT=Portugal|' +
    'PW=Palau|PY=Paraguay|QA=Qatar|RE=Réunion|RO=Romania|RS=Serbia|RU=Russia|RW=Rwanda|SA=Saudi Arabia|' +
    'SB=Solomon Islands|SC=Seychelles|SD=Sudan|SE=Sweden|SG=Singapore|SH=St. Helena|SI=Slovenia|' +
    'SJ=Svalbard & Jan Mayen|SK=Slovakia|SL=Sierra Leone|SM=San Marino|SN=Senegal|SO=Somalia|SR=Suriname|' +
    'SS=South Sudan|ST=São Tomé & Príncipe|SV=El Salvador|SX=Sint Maarten|SY=Syria|SZ=Eswatini|' +
    'TC=Turks & Caicos Islands|TD=Chad|TF=French Southern Territories|TG=Togo|TH=Thailand|TJ=Tajikistan|' +
    'TK=Tokelau|TL=Timor-Leste|TM=Turkmenistan|TN=Tunisia|TO=Tonga|TR=Türkiye|TT=Trinidad & Tobago|' +
    'TV=Tuvalu|TW=Taiwan|TZ=Tanzania|UA=Ukraine|UG=Uganda|UM=U.S. Outlying Islands|US=United States|' +
    'UY=Uruguay|UZ=Uzbekistan|VA=Vatican City|VC=St. Vincent & Grenadines|VE=Venezuela|' +
    'VG=British Virgin Islands|VI=U.S. Virgin Islands|VN=Vietnam|VU=Vanuatu|WF=Wallis & Futuna|WS=Samoa|' +
    'YE=Yemen|YT=Mayotte|ZA=South Africa|ZM=Zambia|ZW=Zimbabwe',
  language: 'af=Afrikaans|am=Amharic|ar=Arabic|as=Assamese|az=Azerbaijani|be=Belarusian|bg=Bulgarian|bn=Bangla|' +
    'bo=Tibetan|bs=Bosnian|ca=Catalan|cs=Czech|cy=Welsh|da=Danish|de=German|dz=Dzongkha|el=Greek|' +
    'en=English|eo=Esperanto|es=Spanish|et=Estonian|eu=Basque|fa=Persian|fi=Finnish|fil=Filipino|' +
    'fo=Faroese|fr=French|fy=Western Frisian|ga=Irish|gd=Scottish Gaelic|gl=Galician|gu=Gujarati|ha=Hausa|' +
    'he=Hebrew|hi=Hindi|hr=Croatian|hu=Hungarian|hy=Armenian|id=Indonesian|ig=Igbo|is=Icelandic|' +
    'it=Italian|ja=Japanese|jv=Javanese|ka=Georgian|kk=Kazakh|km=Khmer|kn=Kannada|ko=Korean|ku=Kurdish|' +
    'ky=Kyrgyz|la=Latin|lb=Luxembourgish|lo=Lao|lt=Lithuanian|lv=Latvian|mg=Malagasy|mi=M\u0101ori|' +
    'mk=Macedonian|ml=Malayalam|mn=Mongolian|mr=Marathi|ms=Malay|mt=Maltese|my=Burmese|' +
    'nb=Norwegian Bokmål|ne=Nepali|nl=Dutch|nn=Norwegian Nynorsk|no=Norwegian|or=Odia|pa=Punjabi|' +
    'pl=Polish|ps=Pashto|pt=Portuguese|qu=Quechua|rm=Romansh|ro=Romanian|ru=Russian|rw=Kinyarwanda|' +
    'sa=Sanskrit|sd=Sindhi|si=Sinhala|sk=Slovak|sl=Slovenian|sm=Samoan|sn=Shona|so=Somali|sq=Albanian|' +
    'sr=Serbian|st=Southern Sotho|su=Sundanese|sv=Swedish|sw=Swahili|ta=Tamil|te=Telugu|tg=Tajik|th=Thai|' +
    'ti=Tigrinya|tk=Turkmen|tl=Filipino|to=Tongan|tr=Turkish|tt=Tatar|ug=Uyghur|uk=Ukrainian|ur=Urdu|' +
    'uz=Uzbek|vi=Vietnamese|wo=Wolof|xh=Xhosa|yi=Yiddish|yo=Yoruba|zh=Chinese|zu=Zulu',
  currency: 'AED=United Arab Emirates Dirham|AFN=Afghan Afghani|ALL=Albanian Lek|AMD=Armenian Dram|' +
    'ANG=Netherlands Antillean Guilder|AOA=Angolan Kwanza|ARS=Argentine Peso|AUD=Australian Dollar|' +
    'AWG=Aruban Florin|AZN=Azerbaijani Manat|BAM=Bosnia-Herzegovina Convertible Mark|BBD=Barbadian Dollar|' +
    'BDT=Bangladeshi Taka|BGN=Bulgarian Lev|BHD=Bahraini Dinar|BIF=Burundian Franc|BMD=Bermudan Dollar|' +
    'BND=Brunei Dollar|BOB=Bolivian Boliviano|BRL=Brazilian Real|BSD=Bahamian Dollar|' +
    'BTN=Bhutanese Ngultrum|BWP=Botswanan Pula|BYN=Belarusian Ruble|BZD=Belize Dollar|CAD=Canadian Dollar|' +
    'CDF=Congolese Franc|CHF=Swiss Franc|CLP=Chilean Peso|CNY=Chinese Yuan|COP=Colombian Peso|' +
    'CRC=Costa Rican Colón|CUC=Cuban Convertible Peso|CUP=Cuban Peso|CVE=Cape Verdean Escudo|' +
    'CZK=Czech Koruna|DJF=Djiboutian Franc|DKK=Danish Krone|DOP=Dominican Peso|DZD=Algerian Dinar|' +
    'EGP=Egyptian Pound|ERN=Eritrean Nakfa|ETB=Ethiopian Birr|EUR=Euro|FJD=Fijian Dollar|' +
    'FKP=Falkland Islands Pound|GBP=British Pound|GEL=Georgian Lari|GHS=Ghanaian Cedi|GIP=Gibraltar Pound|' +
    'GMD=Gambian Dalasi|GNF=Guinean Franc|GTQ=Guatemalan Quetzal|GYD=Guyanaese Dollar|' +
    'HKD=Hong Kong Dollar|HNL=Honduran Lempira|HRK=Croatian Kuna|HTG=Haitian Gourde|HUF=Hungarian Forint|' +
    'IDR=Indonesian Rupiah|ILS=Israeli New Shekel|INR=Indian Rupee|IQD=Iraqi Dinar|IRR=Iranian Rial|' +
    'ISK=Icelandic Króna|JMD=Jamaican Dollar|JOD=Jordanian Dinar|JPY=Japanese Yen|KES=Kenyan Shilling|' +
    'KGS=Kyrgyz Som|KHR=Cambodian Riel|KMF=Comorian Franc|KPW=North Korean Won|KRW=South Korean Won|' +
    'KWD=Kuwaiti Dinar|KYD=Cayman Islands Dollar|KZT=Kazakhstani Tenge|LAK=Laotian Kip|LBP=Lebanese Pound|' +
    'LKR=Sri Lankan Rupee|LRD=Liberian Dollar|LSL=Lesotho Loti|LYD=Libyan Dinar|MAD=Moroccan Dirham|' +
    'MDL=Moldovan Leu|MGA=Malagasy Ariary|MKD=Macedonian Denar|MMK=Myanmar Kyat|MNT=Mongolian Tugrik|' +
    'MOP=Macanese Pataca|MRU=Mauritanian Ouguiya|MUR=Mauritian Rupee|MVR=Maldivian Rufiyaa|' +
    'MWK=Malawian Kwacha|MXN=Mexican Peso|MYR=Malaysian Ringgit|MZN=Mozambican Metical|' +
    'NAD=Namibian Dollar|NGN=Nigerian Naira|NIO=Nicaraguan Córdoba|NOK=Norwegian Krone|NPR=Nepalese Rupee|' +
    'NZD=New Zealand Dollar|OMR=Omani Rial|PAB=Panamanian Balboa|PEN=Peruvian Sol|' +
    'PGK=Papua New Guinean Kina|PHP=Philippine Peso|PKR=Pakistani Rupee|PLN=Polish Zloty|' +
    'PYG=Paraguayan Guarani|QAR=Qatari Riyal|RON=Romanian Leu|RSD=Serbian Dinar|RUB=Russian Ruble|' +
    'RWF=Rwandan Franc|SAR=Saudi Riyal|SBD=Solomon Islands Dollar|SCR=Seychellois Rupee|' +
    'SDG=Sudanese Pound|SEK=Swedish Krona|SGD=Singapore Dollar|SHP=St. Helena Pound|' +
    'SLE=Sierra Leonean Leone|SLL=Sierra Leonean Leone (1964\u20142022)|SOS=Somali Shilling|' +
    'SRD=Surinamese Dollar|SSP=South Sudanese Pound|STN=São Tomé & Príncipe Dobra|SVC=Salvadoran Colón|' +
    'SYP=Syrian Pound|SZL=Swazi Lilangeni|THB=Thai Baht|TJS=Tajikistani Somoni|TMT=Turkmenistani Manat|' +
    'TND=Tunisian Dinar|TOP=Tongan Pa\u02bbanga|TRY=Turkish Lira|TTD=Trinidad & Tobago Dollar|' +
    'TWD=New Taiwan Dollar|TZS=Tanzanian Shilling|UAH=Ukrainian Hryvnia|UGX=Ugandan Shilling|' +
    'USD=US Dollar|UYU=Uruguayan Peso|UZS=Uzbekistani Som|VES=Venezuelan Bolívar|VND=Vietnamese Dong|' +
    'VUV=Vanuatu Vatu|WST=Samoan Tala|XAF=Central African CFA Franc|XCD=East Caribbean Dollar|' +
    'XCG=Caribbean guilder|XDR=Special Drawing Rights|XOF=West African CFA Franc|XPF=CFP Franc|XSU=Sucre|' +
    'YER=Yemeni Rial|ZAR=South African Rand|ZMW=Zambian Kwacha|ZWG=Zimbabwean Gold|' +
    'ZWL=Zimbabwean Dollar (2009\u20132024)',
  script: 'Arab=Arabic|Armn=Armenian|Beng=Bangla|Cyrl=Cyrillic|Deva=Devanagari|Geor=Georgian|Grek=Greek|' +
    'Gujr=Gujarati|Guru=Gurmukhi|Hang=Hangul|Hani=Han|Hans=Simplified|Hant=Traditional|Hebr=Hebrew|' +
    'Hira=Hiragana|Jpan=Japanese|Kana=Katakana|Khmr=Khmer|Knda=Kannada|Kore=Korean|Laoo=Lao|Latn=Latin|' +
    'Mlym=Malayalam|Mong=Mongolian|Mymr=Myanmar|Orya=Odia|Sinh=Sinhala|Taml=Tamil|Telu=Telugu|Thaa=Thaana|' +
    'Thai=Thai|Tibt=Tibetan',
};
// Language tags with their own en names in 'dialect' display, regions' short names, and the
// UN M.49 areas and groupings node names.
const dialectText = 'en-US=American English|en-GB=British English|en-AU=Australian English|en-CA=Canadian English|' +
  'zh-Hans=Simplified Chinese|zh-Hant=Traditional Chinese|pt-BR=Brazilian Portuguese|pt-PT=European Portuguese|' +
  'es-419=Latin American Spanish|es-MX=Mexican Spanish|es-ES=European Spanish|fr-CA=Canadian French|fr-CH=Swiss French|' +
  'de-AT=Austrian German|de-CH=Swiss High German|nl-BE=Flemish|sw-CD=Congo Swahili|ro-MD=Moldavian|ar-001=Modern Standard Arabic';
const regionShortText = 'BA=Bosnia|CC=Cocos Islands|GB=UK|HK=Hong Kong|MM=Myanmar|MO=Macao|PN=Pitcairn|PS=Palestine|US=US';
const regionAreaText = '001=world|002=Africa|019=Americas|142=Asia|150=Europe|419=Latin America|EU=European Union|' +
  'UN=United Nations|EZ=Eurozone';
const calendarNames = { gregory: 'Gregorian Calendar', buddhist: 'Buddhist Calendar', chinese: 'Chinese Calendar', islamic: 'Hijri Calendar',
  iso8601: 'Gregorian Calendar (ISO 8601 Weeks)', japanese: 'Japanese Calendar', hebrew: 'Hebrew Calendar' };
const dateTimeFieldNames = { era: 'era', year: 'year', quarter: 'quarter', month: 'month', weekOfYear: 'week', weekday: 'day of the week',
  day: 'day', dayPeriod: 'AM/PM', hour: 'hour', minute: 'minute', second: 'second', timeZoneName: 'time zone' };
let displayMaps = null;
function displayMap(kind) {
  if (displayMaps === null) {
    const parse = (text) => new Map(text.split('|').map((entry) => entry.split('=')));
    displayMaps = { ...Object.fromEntries(Object.keys(displayText).map((k) => [k, parse(displayText[k])])),
      dialect: parse(dialectText), regionShort: parse(regionShortText), area: parse(regionAreaText) };
  }
  return displayMaps[kind];
}
class DisplayNamesImpl {
  constructor(locales, options) {
    if (options === undefined || options === null || typeof options !== 'object') throw new TypeError('invalid_argument');
    numberOption('localeMatcher', options.localeMatcher, localeMatchers, 'best fit', 'DisplayNames');
    const type = numberOption('type', options.type, ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'], undefined, 'DisplayNames');
    if (type === undefined) throw new TypeError('invalid_argument');
    Object.assign(this, {
      locale: localeOf(locales), type,
      style: numberOption('style', options.style, ['narrow', 'short', 'long'], 'long', 'DisplayNames'),
      fallback: numberOption('fallback', options.fallback, ['code', 'none'], 'code', 'DisplayNames'),
      languageDisplay: numberOption('languageDisplay', options.languageDisplay, ['dialect', 'standard'], 'dialect', 'DisplayNames'),
    });
  }
  of(code) {
    const { type, style, fallback, languageDisplay } = this;
    const c = `${code}`;
    const bad = () => new RangeError('invalid_argument');
    let canonical, name;
    if (type === 'region') {
      if (!/^([A-Za-z]{2}|\d{3})$/.test(c)) throw bad();
      // ICU matches region and script codes as written (lowercase 'gb' has no name).
      canonical = c;
      name = (style !== 'long' && displayMap('regionShort').get(c)) || displayMap('region').get(c) || displayMap('area').get(c);
    } else if (type === 'currency') {
      if (!/^[A-Za-z]{3}$/.test(c)) throw bad();
      canonical = c.toUpperCase();
      name = displayMap('currency').get(canonical);
    } else if (type === 'script') {
      if (!/^[A-Za-z]{4}$/.test(c)) throw bad();
      canonical = c;
      name = c === 'Zzzz' ? 'Unknown Script' : displayMap('script').get(c);
    } else if (type === 'language') {
      try { canonical = new Locale(c).baseName; } catch { throw bad(); }
      name = languageName(canonical, languageDisplay);
    } else {
      canonical = c;
      name = type === 'calendar' ? calendarNames[c] : dateTimeFieldNames[c];
      if (type === 'dateTimeField' && name === undefined) throw bad();
    }
    return name !== undefined ? name : fallback === 'code' ? canonical : undefined;
  }
  resolvedOptions() {
    const { locale, style, type, fallback, languageDisplay } = this;
    return { locale, style, type, fallback, ...(type === 'language' ? { languageDisplay } : {}) };
  }
}
// A language tag's name: its dialect name, or the language's with the script and region after it.
function languageName(tag, display) {
  if (display === 'dialect' && displayMap('dialect').has(tag)) return displayMap('dialect').get(tag);
  const [language, ...rest] = tag.split('-');
  const base = displayMap('language').get(language);
  if (base === undefined) return undefined;
  const extras = rest.map((sub) => {
    if (sub.length === 4) return { Hans: 'Simplified', Hant: 'Traditional' }[sub] || displayMap('script').get(sub) || sub;
    return displayMap('region').get(sub) || displayMap('area').get(sub) || sub;
  });
  return extras.length ? `${base} (${extras.join(', ')})` : base;
}

// ---- Segmenter: UAX #29 boundaries from the native half (node/segmenter.rs) ----
const granularities = ['grapheme', 'word', 'sentence'];
class SegmenterImpl {
  constructor(locales, options) {
    const o = options === undefined ? {} : options;
    if (o === null || (typeof o !== 'object' && typeof o !== 'function')) throw new TypeError('Options must be an object');
    numberOption('localeMatcher', o.localeMatcher, localeMatchers, 'best fit', 'Segmenter');
    const granularity = o.granularity === undefined ? 'grapheme' : `${o.granularity}`;
    if (!granularities.includes(granularity)) {
      throw new RangeError(`Value ${granularity} out of range for Intl.Segmenter options property granularity`);
    }
    this.locale = localeOf(locales);
    this.granularity = granularity;
  }
  segment(input) { return new Segments(this.granularity, `${input}`); }
  resolvedOptions() { return { locale: this.locale, granularity: this.granularity }; }
}

// A Segments object's state (node shows one as `{}`: no own properties, no constructor).
const segmentsStates = new WeakMap();
class Segments {
  constructor(granularity, input) {
    const bounds = internalBinding('segmenter').segment(input, granularity);
    segmentsStates.set(this, { step: granularity === 'word' ? 2 : 1, input, bounds });
  }
  containing(index) {
    const state = segmentsStates.get(this);
    if (state === undefined) throw incompatibleReceiver('%Segments.prototype%.containing', this);
    const { step, input, bounds } = state;
    let n = index === undefined ? 0 : Math.trunc(Number(index));
    if (Number.isNaN(n)) n = 0;
    if (n < 0 || n >= input.length) return undefined;
    for (let i = 0; i + step < bounds.length; i += step) {
      if (bounds[i + step] > n) return segmentData(state, i);
    }
    return undefined;
  }
  [Symbol.iterator]() {
    const state = segmentsStates.get(this);
    if (state === undefined) throw incompatibleReceiver('%SegmentIsPrototype%[@@iterator]', this);
    const it = Object.create(segmentIteratorPrototype);
    segmentIterators.set(it, { state, i: 0 });
    return it;
  }
}
// %SegmentIteratorPrototype%: next() over a Segments object's bounds (iterators have no own properties).
const segmentIterators = new WeakMap();
const segmentIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: { writable: true, configurable: true, value: function next() {
    const it = segmentIterators.get(this);
    if (it === undefined) throw incompatibleReceiver('%SegmentIterator.prototype%.next', this);
    const { state } = it;
    if (it.i + state.step >= state.bounds.length) return { value: undefined, done: true };
    const value = segmentData(state, it.i);
    it.i += state.step;
    return { value, done: false };
  } },
  [Symbol.toStringTag]: { value: 'Segmenter String Iterator', configurable: true },
});
delete Segments.prototype.constructor;
// The segment data object of the segment that starts at bounds[i].
function segmentData({ step, input, bounds }, i) {
  const start = bounds[i];
  const data = { segment: input.slice(start, bounds[i + step]), index: start, input };
  if (step === 2) data.isWordLike = bounds[i + 1] === 1;
  return data;
}

// Intl.supportedValuesOf: the zones (ICU's names, without Etc/ and UTC), ISO 4217 codes and
// units node 20 lists; the other keys list what this Intl supports.
const currencyCodes = 'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN ' +
  'BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD ' +
  'HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD ' +
  'MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD ' +
  'RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD ' +
  'UYU UZS VES VND VUV WST XAF XCD XCG XDR XOF XPF XSU YER ZAR ZMW ZWG ZWL';
function supportedValuesOf(key) {
  switch (`${key}`) {
    case 'timeZone': {
      const zones = internalBinding('timezone').zones().filter((z) => z !== 'Factory').map(canonicalZone);
      return [...new Set(zones)].filter((z) => z !== 'UTC' && !z.startsWith('Etc/')).sort();
    }
    case 'currency': return currencyCodes.split(' ');
    case 'unit': simpleUnit('byte'); return [...unitPatterns.keys()];
    case 'calendar': return ['gregory'];
    case 'collation': return [];
    case 'numberingSystem': return ['latn'];
    default: throw new RangeError(`Invalid key : ${key}`);
  }
}

// supportedLocalesOf: the requested tags canonicalized, without duplicates, keeping those of the
// languages ICU has data for (the ones DisplayNames names).
function supportedLocales(locales) {
  const tags = Intl.getCanonicalLocales(locales);
  return tags.filter((tag) => displayMap('language').has(tag.split('-')[0]));
}

// V8's 'incompatible receiver' TypeError (receivers named as #<Constructor>).
function incompatibleReceiver(member, self) {
  let text = String(self);
  if (self !== null && (typeof self === 'object' || typeof self === 'function')) {
    let ctor;
    try { ctor = self.constructor; } catch { /* unnamed */ }
    text = `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
  }
  return new TypeError(`Method ${member} called on incompatible receiver ${text}`);
}

// The public constructor of an Intl service: its instances have no own properties (node shows
// `NumberFormat [Intl.NumberFormat] {}`); each one's Impl lives in a WeakMap and the prototype's
// methods and getters ('get name' in `members`, in node's order) forward to it. `legacy`: callable
// without `new` (NumberFormat, DateTimeFormat and Collator in ECMA-402), and V8 unwraps the first
// two under another name.
function intlConstructor(Impl, { members, legacy = false, length = 0 }) {
  const name = Impl.name.slice(0, -'Impl'.length);
  const states = new WeakMap();
  const unwrap = legacy && name !== 'Collator' ? `Unwrap${name}` : undefined;
  const stateOf = (self, member, unwrapped) => {
    const s = states.get(self);
    if (s !== undefined) return s;
    const isObject = self !== null && (typeof self === 'object' || typeof self === 'function');
    throw incompatibleReceiver(unwrapped && isObject && unwrap ? unwrap : member, self);
  };
  const F = { [name]: function (locales, options) {
    if (new.target === undefined) {
      if (!legacy) throw new TypeError(`Constructor Intl.${name} requires 'new'`);
      return new F(locales, options);
    }
    states.set(this, new Impl(locales, options));
    intlObjects.add(this);
  } }[name];
  Object.defineProperty(F, 'length', { value: length });
  Object.defineProperty(F, 'prototype', { writable: false });
  Object.defineProperty(F, 'supportedLocalesOf', { value: function supportedLocalesOf(l) { return supportedLocales(l); }, writable: true, configurable: true });
  const proto = F.prototype;
  for (const m of members) {
    if (m.startsWith('get ')) {
      const g = m.slice(4);
      const member = `get Intl.${name}.prototype.${g}`;
      const { get } = Object.getOwnPropertyDescriptor({ get [g]() { return stateOf(this, member, true)[g]; } }, g);
      Object.defineProperty(proto, g, { get, configurable: true });
      continue;
    }
    const member = `Intl.${name}.prototype.${m}`;
    const fn = { [m](a, b) { return stateOf(this, member, m === 'resolvedOptions')[m](a, b); } }[m];
    Object.defineProperty(fn, 'length', { value: Impl.prototype[m].length });
    Object.defineProperty(proto, m, { value: fn, writable: true, configurable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: `Intl.${name}`, configurable: true });
  return F;
}
const NumberFormat = intlConstructor(NumberFormatImpl, {
  members: ['resolvedOptions', 'formatToParts', 'get format', 'formatRange', 'formatRangeToParts'], legacy: true });
const DateTimeFormat = intlConstructor(DateTimeFormatImpl, {
  members: ['resolvedOptions', 'formatToParts', 'get format', 'formatRange', 'formatRangeToParts'], legacy: true });
const Collator = intlConstructor(CollatorImpl, { members: ['resolvedOptions', 'get compare'], legacy: true });
const PluralRules = intlConstructor(PluralRulesImpl, { members: ['resolvedOptions', 'select', 'selectRange'] });
const RelativeTimeFormat = intlConstructor(RelativeTimeFormatImpl, { members: ['resolvedOptions', 'format', 'formatToParts'] });
const ListFormat = intlConstructor(ListFormatImpl, { members: ['resolvedOptions', 'format', 'formatToParts'] });
const Segmenter = intlConstructor(SegmenterImpl, { members: ['resolvedOptions', 'segment'] });
const DisplayNames = intlConstructor(DisplayNamesImpl, { members: ['resolvedOptions', 'of'], length: 2 });

const Intl = {
  NumberFormat, DateTimeFormat, Collator, PluralRules, RelativeTimeFormat, ListFormat, Segmenter, Locale, DisplayNames,
  getCanonicalLocales(l) { return canonicalLocales(l); },
  supportedValuesOf(key) { return supportedValuesOf(key); },
};
// Built-in members are not enumerable (console.log(Intl) prints `Object [Intl] {}`).
for (const k of Object.keys(Intl)) Object.defineProperty(Intl, k, { enumerable: false });
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

// toLocaleString without options reuses its formatter (as V8 caches them): keyed by the method,
// the locale and, for dates, the local zone (a TZ change makes new ones).
const defaultFormatters = new Map();
function defaultFormatter(key, make) {
  let f = defaultFormatters.get(key);
  if (f === undefined) {
    if (defaultFormatters.size >= 32) defaultFormatters.clear();
    f = make();
    defaultFormatters.set(key, f);
  }
  return f;
}
// localeCompare's locale strings already validated (sort comparators pass the same one each call).
const checkedLocales = new Set();
// The language of localeCompare's locales when it tailors letters (else undefined), remembered
// for string and absent locales (sorting calls it for every comparison).
const tailoredLanguages = new Map();
function tailoredLanguage(locales) {
  const key = locales === undefined ? '' : typeof locales === 'string' ? locales : undefined;
  if (key !== undefined && tailoredLanguages.has(key)) return tailoredLanguages.get(key);
  const language = lang(localeOf(locales));
  const out = collationTailorings[language] ? language : undefined;
  if (key !== undefined && tailoredLanguages.size < 64) tailoredLanguages.set(key, out);
  return out;
}
const cacheable = (locales, options) => options === undefined && (locales === undefined || typeof locales === 'string');

// ECMA-402 ToDateTimeOptions: `kind` 'any' (toLocaleString), 'date' or 'time' picks the fields
// that count as given and the defaults added when none is.
function makeDateFormatter(locales, options, kind) {
  const o = { ...optionsOf(options, 'Cannot convert undefined or null to object') };
  if (kind === 'date' && o.timeStyle !== undefined) throw new TypeError('Invalid option : timeStyle');
  if (kind === 'time' && o.dateStyle !== undefined) throw new TypeError('Invalid option : dateStyle');
  let needDefaults = o.dateStyle === undefined && o.timeStyle === undefined;
  if (kind !== 'time' && (o.weekday !== undefined || o.year !== undefined || o.month !== undefined || o.day !== undefined)) needDefaults = false;
  if (kind !== 'date' && (o.hour !== undefined || o.minute !== undefined || o.second !== undefined || o.dayPeriod !== undefined || o.fractionalSecondDigits !== undefined)) needDefaults = false;
  if (needDefaults && kind !== 'time') Object.assign(o, { year: 'numeric', month: 'numeric', day: 'numeric' });
  if (needDefaults && kind !== 'date') Object.assign(o, { hour: 'numeric', minute: '2-digit', second: '2-digit', [kDefaultTime]: true });
  return new DateTimeFormatImpl(locales, o);
}

module.exports = {
  Intl,
  numberToLocaleString(x, locales, options) {
    if (options === null) throw new TypeError(`${typeof x === 'bigint' ? 'BigInt' : 'Number'}.prototype.toLocaleString called on null or undefined`);
    if (cacheable(locales, options)) return defaultFormatter(`n|${locales}`, () => new NumberFormatImpl(locales)).format(x);
    return new NumberFormatImpl(locales, options).format(x);
  },
  dateToLocaleString(d, locales, options, kind) {
    if (Number.isNaN(d.getTime())) return 'Invalid Date';
    if (cacheable(locales, options)) {
      const key = `${kind}|${locales}|${internalBinding('timezone').localZone()}`;
      return defaultFormatter(key, () => makeDateFormatter(locales, undefined, kind)).format(d);
    }
    return makeDateFormatter(locales, options, kind).format(d);
  },
  localeCompare(a, b, locales, options) {
    if (options === null) throw new TypeError('String.prototype.localeCompare called on null or undefined');
    if (locales !== undefined && !checkedLocales.has(locales)) {
      localeOf(locales);
      if (typeof locales === 'string' && checkedLocales.size < 64) checkedLocales.add(locales);
    }
    return compareStrings(a, b, options, tailoredLanguage(locales));
  },
  isIntlObject(v) { return intlObjects.has(v); },
};
