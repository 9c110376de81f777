// supportedLocalesOf canonicalizes the requested tags, drops duplicates and languages without data,
// and rejects malformed tags, as node 20.
console.log(Intl.NumberFormat.supportedLocalesOf(['EN-us', 'xx', 'de', 'zh-Hant-TW', 'tlh']), Intl.DateTimeFormat.supportedLocalesOf('fr-CA'), Intl.Collator.supportedLocalesOf([]), Intl.PluralRules.supportedLocalesOf(['ja', 'qq']), Intl.Segmenter.supportedLocalesOf('en'), Intl.ListFormat.supportedLocalesOf(['en', 'EN']));
try { Intl.NumberFormat.supportedLocalesOf(['en_US']); } catch (e) { console.log(e.name, e.message); }
