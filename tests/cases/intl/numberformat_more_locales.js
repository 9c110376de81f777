// Number symbols of more locales (da, nb, fi, cs, sk, el, hu, ro, uk, id, vi, bg, hr, sl, lt, lv, et, tr with its
// leading %, es-MX) and currency symbols that differ from en's (ja ￥, zh ¥, ru ₽, pl zł, sv kr, tr ₺, codes in hu/ro/uk...).
const locs = ['tr-TR', 'es-MX', 'nl-BE', 'fr-BE', 'pt-PT', 'da-DK', 'nb-NO', 'fi-FI', 'cs-CZ', 'el-GR', 'hu-HU', 'ro-RO', 'uk-UA', 'id-ID',
  'vi-VN', 'th-TH', 'ko-KR', 'ja-JP', 'zh-CN', 'hi-IN', 'en-IN', 'en-ZA', 'ms-MY', 'sk-SK', 'bg-BG', 'hr-HR', 'sl-SI', 'lt-LT', 'lv-LV', 'et-EE',
  'de-DE', 'fr-FR', 'fr-CA', 'es-ES', 'it-IT', 'pt-BR', 'nl-NL', 'sv-SE', 'pl-PL', 'ru-RU'];
const codes = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CAD', 'AUD', 'KRW', 'BRL', 'RUB', 'SEK', 'PLN', 'TRY'];
for (const l of locs) {
  const r = [(1234567.891).toLocaleString(l), (1234).toLocaleString(l), (-0.256).toLocaleString(l, { style: 'percent', maximumFractionDigits: 1 }),
    new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR' }).format(-1234.5)];
  r.push(codes.map((c) => new Intl.NumberFormat(l, { style: 'currency', currency: c }).formatToParts(1).find((p) => p.type === 'currency').value).join(' '));
  console.log(l, JSON.stringify(r));
}
console.log(JSON.stringify(new Intl.NumberFormat('tr-TR', { style: 'percent' }).formatToParts(-0.5)));
