// internal/intl -- a small `Intl` for rjs. Boa is built without ICU (its data would triple the
// wasm), so this covers what scripts commonly use with node's default en-US output:
// NumberFormat (decimal, percent, currency, grouping, fraction digits), DateTimeFormat (numeric
// and named-month forms; IANA time zones through node/timezone.rs), Collator/localeCompare (ICU-like: base letters,
// then accents, then lower before upper), PluralRules, RelativeTimeFormat, ListFormat, and the
// toLocaleString family built on them, and Segmenter (UAX #29 in Rust). Other locales fall back to en-US except the separators
// of a few common ones.
'use strict';

const separators = {
  en: [',', '.'], de: ['.', ','], es: ['.', ','], it: ['.', ','], nl: ['.', ','], pt: ['.', ','],
  fr: ['\u202f', ','], ru: ['\u00a0', ','], sv: ['\u00a0', ','], pl: ['\u00a0', ','],
};
function localeOf(locales) {
  const l = Array.isArray(locales) ? locales[0] : locales;
  return typeof l === 'string' && l ? l : 'en-US';
}
const lang = (locale) => locale.split(/[-_]/)[0].toLowerCase();

function group(intPart, sep) {
  let out = '';
  for (let i = intPart.length; i > 0; i -= 3) out = intPart.slice(Math.max(0, i - 3), i) + (out ? sep + out : '');
  return out;
}

// ICU rounds the shortest decimal form of a number (no binary drift; 1e21 and up print all
// their digits): [digits without leading zeros, position of the decimal point among them].
// `shift` moves the point right (2 for percent: x * 100 without drift).
function decimalOf(x, shift) {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  const all = m[1] + (m[2] || '');
  const mant = all.replace(/^0+/, '') || '0';
  return [mant, m[1].length - all.length + mant.length + (m[3] ? Number(m[3]) : 0) + shift];
}
// Rounds half away from zero to `d` fraction digits (d < 0: to tens, hundreds...): [int, frac].
function roundDecimal(mant, point, d) {
  const keep = point + d;
  let n = 0n;
  if (keep > 0) n = BigInt(mant.slice(0, keep).padEnd(keep, '0')) + (mant[keep] >= '5' ? 1n : 0n);
  else if (keep === 0 && mant[0] >= '5') n = 1n;
  if (d <= 0) return [n === 0n ? '0' : n.toString() + '0'.repeat(-d), ''];
  const str = n.toString().padStart(d + 1, '0');
  return [str.slice(0, -d), str.slice(-d)];
}
// Fraction-digit rounding ([min, max] fraction digits) or, with `sig`, significant digits.
function roundFormat(mant, point, minF, maxF, sig) {
  if (sig === undefined) {
    const [i, f] = roundDecimal(mant, point, maxF);
    let end = f.length;
    while (end > minF && f[end - 1] === '0') end--;
    return [i, f.slice(0, end)];
  }
  const [minS, maxS] = sig;
  if (mant === '0') return ['0', '0'.repeat(Math.max(0, minS - 1))];
  const [i, f] = roundDecimal(mant, point, maxS - point);
  let frac = f.padEnd(Math.max(f.length, minS - point), '0');
  const sigCount = (x) => (i + x).replace(/^0+/, '').length;
  while (frac.length && frac[frac.length - 1] === '0' && sigCount(frac.slice(0, -1)) >= minS) frac = frac.slice(0, -1);
  return [i, frac];
}
const compactUnits = [[12, 'T'], [9, 'B'], [6, 'M'], [3, 'K']]; // largest first

const currencySymbols = { USD: '$', EUR: '\u20ac', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '\u20b9', CAD: 'CA$', AUD: 'A$', CHF: 'CHF', KRW: '\u20a9', BRL: 'R$', MXN: 'MX$' };

class NumberFormat {
  constructor(locales, options = {}) {
    this.locale = localeOf(locales);
    const o = options || {};
    this.style = o.style || 'decimal';
    this.currency = o.currency ? String(o.currency).toUpperCase() : undefined;
    if (this.style === 'currency' && !this.currency) throw new TypeError('Currency code is required with currency style.');
    const defMin = this.style === 'currency' ? (this.currency === 'JPY' || this.currency === 'KRW' ? 0 : 2) : 0;
    const defMax = this.style === 'currency' ? defMin : this.style === 'percent' ? 0 : 3;
    this.minimumFractionDigits = o.minimumFractionDigits ?? Math.min(defMin, o.maximumFractionDigits ?? defMin);
    this.maximumFractionDigits = Math.max(o.maximumFractionDigits ?? defMax, this.minimumFractionDigits);
    this.minimumIntegerDigits = o.minimumIntegerDigits ?? 1;
    this.useGrouping = o.useGrouping ?? true;
    this.signDisplay = o.signDisplay || 'auto';
    this.notation = o.notation || 'standard';
    this.unit = o.unit;
    if (o.minimumSignificantDigits !== undefined || o.maximumSignificantDigits !== undefined) {
      this.minimumSignificantDigits = o.minimumSignificantDigits ?? 1;
      this.maximumSignificantDigits = o.maximumSignificantDigits ?? 21;
    }
    // Compact notation without rounding options rounds to whole numbers but keeps 2 significant digits.
    this.compactRounding = this.notation === 'compact' && o.maximumFractionDigits === undefined &&
      o.minimumFractionDigits === undefined && this.maximumSignificantDigits === undefined;
  }
  format(value) {
    let x = typeof value === 'bigint' ? Number(value) : Number(value);
    if (Number.isNaN(x)) return 'NaN';
    const negative = x < 0 || Object.is(x, -0);
    x = Math.abs(x);
    let body;
    if (!Number.isFinite(x)) body = '\u221e';
    else {
      let [mant, point] = decimalOf(x, this.style === 'percent' ? 2 : 0);
      let suffix = '';
      let unit = -1;
      if (this.notation === 'compact' && mant !== '0') {
        unit = compactUnits.length;
        while (unit > 0 && point > compactUnits[unit - 1][0]) unit--;
      }
      let i, f;
      for (;;) {
        const p = unit >= 0 && unit < compactUnits.length ? point - compactUnits[unit][0] : point;
        if (this.compactRounding) {
          [i, f] = roundFormat(mant, p, 0, 0);
          if (i.length < 2) [i, f] = roundFormat(mant, p, 0, 0, [1, 2]);
        } else {
          const sig = this.maximumSignificantDigits === undefined ? undefined : [this.minimumSignificantDigits, this.maximumSignificantDigits];
          [i, f] = roundFormat(mant, p, this.minimumFractionDigits, this.maximumFractionDigits, sig);
        }
        // Rounding up to the next unit (999,999 -> 1M) formats again in that unit.
        if (unit > 0 && i.length > 3) { unit--; continue; }
        if (unit >= 0 && unit < compactUnits.length) suffix = compactUnits[unit][1];
        break;
      }
      i = i.padStart(this.minimumIntegerDigits, '0');
      const [gs, ds] = separators[lang(this.locale)] || separators.en;
      if (this.useGrouping && !(lang(this.locale) === 'es' && i.length <= 4)) {
        // Indian grouping (en-IN, hi): the last three digits, then pairs.
        i = /^(en-IN|hi)\b/i.test(this.locale) && i.length > 3 ? `${i.slice(0, -3).replace(/\B(?=(\d{2})+$)/g, gs)}${gs}${i.slice(-3)}` : group(i, gs);
      }
      body = (f ? `${i}${ds}${f}` : i) + suffix;
    }
    const sign = negative ? '-' : (this.signDisplay === 'always' || (this.signDisplay === 'exceptZero' && x !== 0)) ? '+' : '';
    if (this.style === 'percent') return `${sign}${body}%`;
    if (this.style === 'currency') {
      const sym = currencySymbols[this.currency] || `${this.currency}\u00a0`;
      return lang(this.locale) === 'en' ? `${sign}${sym}${body}` : `${sign}${body}\u00a0${currencySymbols[this.currency] || this.currency}`;
    }
    if (this.style === 'unit' && this.unit) return `${sign}${body} ${this.unit}`;
    return `${sign}${body}`;
  }
  formatToParts(value) { return [{ type: 'literal', value: this.format(value) }]; }
  resolvedOptions() {
    return { locale: this.locale, numberingSystem: 'latn', style: this.style, currency: this.currency, minimumIntegerDigits: this.minimumIntegerDigits, minimumFractionDigits: this.minimumFractionDigits, maximumFractionDigits: this.maximumFractionDigits, useGrouping: this.useGrouping ? 'auto' : false, notation: this.notation, signDisplay: this.signDisplay };
  }
  static supportedLocalesOf(l) { return [].concat(l || []); }
}

// Marks time fields added as defaults (en-GB shows their hour with two digits).
const kDefaultTime = Symbol('defaultTime');
const monthsLong = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const daysLong = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// The zones ICU reports as UTC.
const utcZones = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Universal', 'Zulu', 'Etc/Zulu',
  'Etc/UCT', 'UCT', 'Etc/Greenwich', 'Greenwich', 'GMT0', 'Etc/GMT0', 'Etc/GMT+0', 'Etc/GMT-0', 'GMT+0', 'GMT-0']);
// An IANA zone name as ICU resolves it (letter case from the tz database); RangeError for an
// unknown one, as node's.
// ICU (CLDR) names some zones by their older names and resolves the common links; the tz
// database's names for those (a partial table: the links scripts meet, checked with node 20).
let zoneAliases = null;
const zoneAliasText = 'Asia/Kolkata>Asia/Calcutta Asia/Kathmandu>Asia/Katmandu Asia/Ho_Chi_Minh>Asia/Saigon ' +
  'Asia/Yangon>Asia/Rangoon Europe/Kyiv>Europe/Kiev Europe/Uzhgorod>Europe/Kiev ' +
  'America/Argentina/Buenos_Aires>America/Buenos_Aires America/Indiana/Indianapolis>America/Indianapolis ' +
  'America/Fort_Wayne>America/Indianapolis America/Kentucky/Louisville>America/Louisville Atlantic/Faroe>Atlantic/Faeroe ' +
  'Pacific/Chuuk>Pacific/Truk Pacific/Pohnpei>Pacific/Ponape Africa/Asmara>Africa/Asmera America/Nuuk>America/Godthab ' +
  'America/Atikokan>America/Coral_Harbour Pacific/Kanton>Pacific/Enderbury Asia/Kashgar>Asia/Urumqi EST>America/Panama ' +
  'Antarctica/South_Pole>Antarctica/McMurdo Europe/Belfast>Europe/London US/Eastern>America/New_York ' +
  'US/Central>America/Chicago US/Mountain>America/Denver US/Pacific>America/Los_Angeles US/Alaska>America/Anchorage ' +
  'US/Hawaii>Pacific/Honolulu US/Arizona>America/Phoenix Canada/Eastern>America/Toronto Canada/Pacific>America/Vancouver ' +
  'Japan>Asia/Tokyo Singapore>Asia/Singapore Hongkong>Asia/Hong_Kong PRC>Asia/Shanghai ROC>Asia/Taipei ROK>Asia/Seoul ' +
  'Israel>Asia/Jerusalem Iran>Asia/Tehran Egypt>Africa/Cairo Turkey>Europe/Istanbul Asia/Istanbul>Europe/Istanbul ' +
  'NZ>Pacific/Auckland Australia/ACT>Australia/Sydney Australia/NSW>Australia/Sydney Brazil/East>America/Sao_Paulo ' +
  'Mexico/General>America/Mexico_City Cuba>America/Havana Poland>Europe/Warsaw Portugal>Europe/Lisbon Eire>Europe/Dublin ' +
  'GB>Europe/London Iceland>Atlantic/Reykjavik Navajo>America/Denver W-SU>Europe/Moscow Europe/Nicosia>Asia/Nicosia ' +
  'Asia/Chongqing>Asia/Shanghai Asia/Harbin>Asia/Shanghai Asia/Tel_Aviv>Asia/Jerusalem Africa/Timbuktu>Africa/Bamako ' +
  'America/Montreal>America/Toronto Asia/Ujung_Pandang>Asia/Makassar Asia/Dacca>Asia/Dhaka';
function canonicalZone(zone) {
  const name = String(zone);
  const canonical = internalBinding('timezone').canonical(name);
  if (canonical === undefined) throw new RangeError(`Invalid time zone specified: ${name}`);
  if (utcZones.has(canonical)) return 'UTC';
  if (zoneAliases === null) zoneAliases = new Map(zoneAliasText.split(' ').map((pair) => pair.split('>')));
  return zoneAliases.get(canonical) || canonical;
}

const part = (type, value) => ({ type, value });
const literal = (value) => ({ type: 'literal', value });
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

class DateTimeFormat {
  constructor(locales, options = {}) {
    this.locale = localeOf(locales);
    const o = { ...(options || {}) };
    this.timeZone = o.timeZone === undefined ? 'UTC' : canonicalZone(o.timeZone);
    if (o.dateStyle || o.timeStyle) {
      this.dateStyle = o.dateStyle;
      this.timeStyle = o.timeStyle;
    }
    this.options = o;
    // en-GB: day before month, 24-hour clock, lowercase am/pm.
    this.gb = /^en-GB\b/i.test(this.locale);
    this.hour12 = o.hour12 ?? (o.hourCycle ? o.hourCycle === 'h12' || o.hourCycle === 'h11' : !this.gb);
  }
  parts(d) {
    if (this.timeZone !== 'UTC') {
      const offset = internalBinding('timezone').offset(this.timeZone, d.getTime());
      if (offset) d = new Date(d.getTime() + offset * 60000);
    }
    return { y: d.getUTCFullYear(), mo: d.getUTCMonth(), day: d.getUTCDate(), wd: d.getUTCDay(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() };
  }
  // The pieces below build node's formatToParts() lists; format() joins their values.
  formatDate(p, o) {
    const month = o.month;
    const wd = o.weekday ? (o.weekday === 'long' ? daysLong[p.wd] : daysLong[p.wd].slice(0, 3)) : '';
    const out = [];
    if (month === 'long' || month === 'short') {
      const m = month === 'long' ? monthsLong[p.mo] : monthsLong[p.mo].slice(0, 3);
      if (this.gb) {
        if (wd) out.push(part('weekday', wd), literal(o.year ? ', ' : ' '));
        if (o.day) out.push(part('day', `${p.day}`), literal(' '));
        out.push(part('month', m));
        if (o.year) out.push(literal(' '), part('year', `${p.y}`));
        return out;
      }
      if (wd) out.push(part('weekday', wd), literal(', '));
      out.push(part('month', m));
      if (o.day) out.push(literal(' '), part('day', `${p.day}`));
      if (o.year) out.push(literal(o.day ? ', ' : ' '), part('year', `${p.y}`));
      return out;
    }
    const two = (n) => String(n).padStart(2, '0');
    const fields = [];
    const mo = o.month === '2-digit' || (this.gb && o.month) ? two(p.mo + 1) : `${p.mo + 1}`;
    const day = o.day === '2-digit' || (this.gb && o.day) ? two(p.day) : `${p.day}`;
    if (this.gb && o.day) fields.push(part('day', day));
    if (o.month) fields.push(part('month', mo));
    if (!this.gb && o.day) fields.push(part('day', day));
    if (o.year) fields.push(part('year', o.year === '2-digit' ? two(p.y % 100) : `${p.y}`));
    if (wd) out.push(part('weekday', wd));
    if (wd && fields.length) out.push(literal(', '));
    fields.forEach((f, i) => { if (i) out.push(literal('/')); out.push(f); });
    return out;
  }
  formatTime(p, o) {
    const two = (n) => String(n).padStart(2, '0');
    let h = p.h;
    let period = '';
    if (this.hour12) { period = h < 12 ? 'AM' : 'PM'; h = h % 12 || 12; }
    if (this.gb) period = period.toLowerCase();
    // en-GB writes a lone or defaulted hour with two digits, an hour with minutes as given.
    const gbTwo = this.gb && (o[kDefaultTime] || (!o.minute && !this.hour12));
    const hour = o.hour === '2-digit' || gbTwo || (!this.hour12 && !this.gb) ? two(h) : String(h);
    const out = [part('hour', hour)];
    if (o.minute) out.push(literal(':'), part('minute', two(p.mi)));
    if (o.second) out.push(literal(':'), part('second', two(p.s)));
    // ICU puts a narrow no-break space before the period; format() shows it as a space (V8).
    if (period) out.push(literal('\u202f'), part('dayPeriod', period));
    return out;
  }
  // ICU's en names for timeZoneName: the US zones' short names, UTC, else the GMT offset.
  zoneName(style, d) {
    const offset = this.timeZone === 'UTC' ? 0 : internalBinding('timezone').offset(this.timeZone, d.getTime()) || 0;
    const sign = offset < 0 ? '-' : '+';
    const hours = Math.floor(Math.abs(offset) / 60);
    const minutes = Math.abs(offset) % 60;
    if (style === 'longOffset') {
      return offset === 0 ? 'GMT' : `GMT${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    }
    if (style === 'short' || style === 'shortGeneric') {
      if (this.timeZone === 'UTC') return 'UTC';
      const us = usZones[this.timeZone];
      if (us) return offset === us[1] ? `${us[0]}ST` : `${us[0]}DT`;
    }
    if (style === 'long' && this.timeZone === 'UTC') return 'Coordinated Universal Time';
    if (offset === 0) return 'GMT';
    return `GMT${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
  }
  formatToParts(date = Date.now()) {
    const d = date instanceof Date ? date : new Date(date);
    if (Number.isNaN(d.getTime())) throw new RangeError('Invalid time value');
    const p = this.parts(d);
    let o = this.options;
    if (this.dateStyle || this.timeStyle) {
      const ds = { full: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }, long: { month: 'long', day: 'numeric', year: 'numeric' }, medium: { month: 'short', day: 'numeric', year: 'numeric' }, short: { month: 'numeric', day: 'numeric', year: this.gb ? 'numeric' : '2-digit' } }[this.dateStyle];
      const ts = this.timeStyle ? { hour: 'numeric', minute: '2-digit', second: this.timeStyle === 'short' ? undefined : '2-digit', [kDefaultTime]: true } : undefined;
      const a = ds ? this.formatDate(p, ds) : [];
      const b = ts ? this.formatTime(p, ts) : [];
      // The full and long date styles join a time with " at ".
      const join = this.dateStyle === 'full' || this.dateStyle === 'long' ? ' at ' : ', ';
      return a.length && b.length ? [...a, literal(join), ...b] : a.length ? a : b;
    }
    const hasDate = o.year || o.month || o.day || o.weekday;
    const hasTime = o.hour || o.minute || o.second;
    if (!hasDate && !hasTime) o = { ...o, year: 'numeric', month: 'numeric', day: 'numeric' };
    const a = hasDate || !hasTime ? this.formatDate(p, o) : [];
    const b = hasTime ? this.formatTime(p, o) : [];
    // ICU's long date patterns join a time with " at ", a lone weekday with a space.
    const join = o.month === 'long' ? ' at ' : o.weekday && !o.month && !o.day && !o.year ? ' ' : ', ';
    const out = a.length && b.length ? [...a, literal(join), ...b] : a.length ? a : b;
    if (o.timeZoneName) {
      out.push(literal(b.length ? ' ' : ', '), part('timeZoneName', this.zoneName(o.timeZoneName, d)));
    }
    return out;
  }
  format(date = Date.now()) {
    const parts = this.formatToParts(date);
    let text = '';
    for (let i = 0; i < parts.length; i++) text += parts[i].value;
    return text.replace(/\u202f/g, ' ');
  }
  resolvedOptions() { return { locale: this.locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: this.timeZone }; }
  static supportedLocalesOf(l) { return [].concat(l || []); }
}

function collationKey(s) {
  const base = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return [base.toLowerCase(), s.normalize('NFD').toLowerCase(), s];
}
function compareStrings(a, b, options = {}) {
  a = `${a}`; b = `${b}`;
  const [a1, a2, a3] = collationKey(a);
  const [b1, b2, b3] = collationKey(b);
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
  if (sensitivity === 'base') return 0;
  if (a2 !== b2) return a2 < b2 ? -1 : 1;
  if (sensitivity === 'accent') return 0;
  if (a3 !== b3) {
    // Same letters: lowercase sorts first, as in ICU's default.
    for (let i = 0; i < Math.min(a3.length, b3.length); i++) {
      if (a3[i] === b3[i]) continue;
      const al = a3[i] === a3[i].toLowerCase();
      const bl = b3[i] === b3[i].toLowerCase();
      if (al !== bl) return al ? -1 : 1;
      return a3[i] < b3[i] ? -1 : 1;
    }
    return a3.length < b3.length ? -1 : 1;
  }
  return 0;
}

class Collator {
  constructor(locales, options = {}) {
    this.locale = localeOf(locales);
    this.options = options || {};
    this.compare = (a, b) => compareStrings(a, b, this.options);
  }
  resolvedOptions() { return { locale: this.locale, usage: 'sort', sensitivity: this.options.sensitivity || 'variant', numeric: Boolean(this.options.numeric) }; }
  static supportedLocalesOf(l) { return [].concat(l || []); }
}

class PluralRules {
  constructor(locales, options = {}) { this.locale = localeOf(locales); this.type = (options && options.type) || 'cardinal'; }
  select(n) {
    n = Number(n);
    if (this.type === 'ordinal') {
      const m10 = n % 10, m100 = n % 100;
      if (m10 === 1 && m100 !== 11) return 'one';
      if (m10 === 2 && m100 !== 12) return 'two';
      if (m10 === 3 && m100 !== 13) return 'few';
      return 'other';
    }
    return n === 1 ? 'one' : 'other';
  }
  resolvedOptions() { return { locale: this.locale, type: this.type }; }
  static supportedLocalesOf(l) { return [].concat(l || []); }
}

class RelativeTimeFormat {
  constructor(locales, options = {}) { this.locale = localeOf(locales); this.numeric = (options && options.numeric) || 'always'; }
  format(value, unit) {
    const u = `${unit}`.replace(/s$/, '');
    const n = Number(value);
    if (this.numeric === 'auto') {
      const special = { day: { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' }, year: { '-1': 'last year', 0: 'this year', 1: 'next year' }, month: { '-1': 'last month', 0: 'this month', 1: 'next month' }, week: { '-1': 'last week', 0: 'this week', 1: 'next week' } };
      if (special[u] && special[u][n] !== undefined) return special[u][n];
      if (n === 0 && ['second', 'minute', 'hour'].includes(u)) return u === 'second' ? 'now' : `this ${u}`;
    }
    const abs = Math.abs(n);
    const label = `${new NumberFormat('en-US').format(abs)} ${u}${abs === 1 ? '' : 's'}`;
    return n < 0 || Object.is(n, -0) ? `${label} ago` : `in ${label}`;
  }
  static supportedLocalesOf(l) { return [].concat(l || []); }
}

class ListFormat {
  constructor(locales, options = {}) { this.locale = localeOf(locales); this.type = (options && options.type) || 'conjunction'; this.style = (options && options.style) || 'long'; }
  format(list) {
    const items = [...list].map(String);
    const word = this.type === 'disjunction' ? 'or' : this.type === 'unit' ? '' : this.style === 'long' ? 'and' : '&';
    if (items.length <= 1) return items.join('');
    if (this.type === 'unit') return items.join(this.style === 'narrow' ? ' ' : ', ');
    if (items.length === 2) return `${items[0]} ${word} ${items[1]}`;
    return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
  }
  static supportedLocalesOf(l) { return [].concat(l || []); }
}

// ---- Segmenter: UAX #29 boundaries from the native half (node/segmenter.rs) ----
const kSegmenter = Symbol('segmenter');
const granularities = ['grapheme', 'word', 'sentence'];
// A function, not a class: called without `new` it throws V8's message, not the class one.
function Segmenter(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
  const o = options === undefined ? {} : options;
  if (o === null || (typeof o !== 'object' && typeof o !== 'function')) throw new TypeError('Options must be an object');
  const granularity = o.granularity === undefined ? 'grapheme' : `${o.granularity}`;
  if (!granularities.includes(granularity)) {
    throw new RangeError(`Value ${granularity} out of range for Intl.Segmenter options property granularity`);
  }
  this[kSegmenter] = { locale: localeOf(locales), granularity };
}
Object.defineProperties(Segmenter.prototype, {
  segment: { writable: true, configurable: true, value: function segment(input) { return new Segments(this[kSegmenter].granularity, `${input}`); } },
  resolvedOptions: { writable: true, configurable: true, value: function resolvedOptions() { return { locale: this[kSegmenter].locale, granularity: this[kSegmenter].granularity }; } },
});
Segmenter.supportedLocalesOf = function supportedLocalesOf(l) { return [].concat(l || []); };
Object.defineProperty(Segmenter.prototype, Symbol.toStringTag, { value: 'Intl.Segmenter', configurable: true });

const kSegments = Symbol('segments');
class Segments {
  constructor(granularity, input) {
    const bounds = internalBinding('segmenter').segment(input, granularity);
    this[kSegments] = { step: granularity === 'word' ? 2 : 1, input, bounds };
  }
  containing(index) {
    const { step, input, bounds } = this[kSegments];
    let n = index === undefined ? 0 : Math.trunc(Number(index));
    if (Number.isNaN(n)) n = 0;
    if (n < 0 || n >= input.length) return undefined;
    for (let i = 0; i + step < bounds.length; i += step) {
      if (bounds[i + step] > n) return segmentData(this[kSegments], i);
    }
    return undefined;
  }
  * [Symbol.iterator]() {
    const state = this[kSegments];
    for (let i = 0; i + state.step < state.bounds.length; i += state.step) yield segmentData(state, i);
  }
}
// The segment data object of the segment that starts at bounds[i].
function segmentData({ step, input, bounds }, i) {
  const start = bounds[i];
  const data = { segment: input.slice(start, bounds[i + step]), index: start, input };
  if (step === 2) data.isWordLike = bounds[i + 1] === 1;
  return data;
}

// NumberFormat, DateTimeFormat and Collator may be called without `new` (ECMA-402).
function callable(C) {
  const F = function (locales, options) { return new C(locales, options); };
  Object.defineProperty(F, 'name', { value: C.name });
  F.prototype = C.prototype;
  Object.defineProperty(C.prototype, 'constructor', { value: F, writable: true, configurable: true });
  Object.defineProperty(F, 'supportedLocalesOf', { value: C.supportedLocalesOf, writable: true, configurable: true });
  return F;
}

const Intl = {
  NumberFormat: callable(NumberFormat), DateTimeFormat: callable(DateTimeFormat), Collator: callable(Collator),
  PluralRules, RelativeTimeFormat, ListFormat, Segmenter,
  getCanonicalLocales(l) { return [].concat(l || []); },
  supportedValuesOf() { return []; },
};
// Built-in members are not enumerable (console.log(Intl) prints `Object [Intl] {}`).
for (const k of Object.keys(Intl)) Object.defineProperty(Intl, k, { enumerable: false });
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

module.exports = {
  Intl,
  numberToLocaleString(x, locales, options) { return new NumberFormat(locales, options).format(x); },
  // ECMA-402 ToDateTimeOptions: `kind` 'any' (toLocaleString), 'date' or 'time' picks the
  // fields that count as given and the defaults added when none is.
  dateToLocaleString(d, locales, options, kind) {
    if (Number.isNaN(d.getTime())) return 'Invalid Date';
    const o = { ...(options || {}) };
    if (kind === 'date' && o.timeStyle !== undefined) throw new TypeError('Invalid option : timeStyle');
    if (kind === 'time' && o.dateStyle !== undefined) throw new TypeError('Invalid option : dateStyle');
    let needDefaults = o.dateStyle === undefined && o.timeStyle === undefined;
    if (kind !== 'time' && (o.weekday !== undefined || o.year !== undefined || o.month !== undefined || o.day !== undefined)) needDefaults = false;
    if (kind !== 'date' && (o.hour !== undefined || o.minute !== undefined || o.second !== undefined || o.dayPeriod !== undefined || o.fractionalSecondDigits !== undefined)) needDefaults = false;
    if (needDefaults && kind !== 'time') Object.assign(o, { year: 'numeric', month: 'numeric', day: 'numeric' });
    if (needDefaults && kind !== 'date') Object.assign(o, { hour: 'numeric', minute: '2-digit', second: '2-digit', [kDefaultTime]: true });
    return new DateTimeFormat(locales, o).format(d);
  },
  localeCompare(a, b, locales, options) { return compareStrings(a, b, options); },
};
