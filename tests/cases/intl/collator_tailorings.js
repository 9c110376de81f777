// Collation: Swedish/Finnish å ä ö (and æ ø ü) after z, Danish/Norwegian æ ø å (and aa) after z, Spanish ñ after n, Turkish
// ç ğ ı ö ş ü as letters; the root order of æ, ø, ł, ß, œ, ı and of accents (acute, grave, ..., ring before diaeresis).
const words = ['zebra', 'Äpple', 'apple', 'åsna', 'ödla', 'ost', 'ñu', 'nube', 'oso', 'æble', 'øl', 'aal', 'Zürich', 'ärm', 'arm', 'çay', 'cam', 'dağ', 'gül', 'ılık', 'ihale', 'şeker', 'su', 'üzüm', 'uzun', 'yxa'];
for (const l of ['sv', 'fi', 'da', 'nb', 'de', 'es', 'en', 'tr', 'pl', 'sv-SE', 'da-DK', 'es-ES', 'tr-TR'])
  console.log(l, [...words].sort(new Intl.Collator(l).compare).join(' '), '|', [...words].sort((x, y) => x.localeCompare(y, l)).join(' '));
console.log(['a', 'B', 'ä', 'Å'].sort((x, y) => x.localeCompare(y)).join(' '), 'ä'.localeCompare('z', 'sv'), 'ä'.localeCompare('z', 'de'), 'ñ'.localeCompare('o', 'es'), 'ñ'.localeCompare('n', 'es'));
const w2 = ['résumé', 'resume', 'Resume', 'résume', 'rèsumé', 'rësume', 'rêsume', 'rĕsume', 'rěsume', 'rėsume', 'ręsume', 'rēsume', 'çava', 'cava', 'Cava', 'cāva', 'ǎ', 'â', 'á', 'à', 'ä', 'å', 'ã', 'ā', 'a', 'A', 'straße', 'strasse', 'Straße', 'œuvre', 'oeuvre', 'Łódź', 'lodz', 'Lodz', 'ħ', 'h'];
console.log([...w2].sort(new Intl.Collator('en').compare).join(' '));
console.log([...w2].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare).join(' '));
console.log(w2.map((x) => x.localeCompare('resume', 'en', { sensitivity: 'accent' })).join(','));
