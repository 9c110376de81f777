// ListFormat: English outside the US (en-001: no serial comma, 'and' for short), en-IN, and ko/tr/hi/da/nb/fi/cs.
for (const l of ['en', 'en-GB', 'en-AU', 'en-IN', 'en-CA', 'en-IE', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'ru', 'ja', 'zh', 'ko', 'tr', 'hi', 'da', 'nb', 'fi', 'cs'])
  console.log(l, ['conjunction', 'disjunction', 'unit'].map((type) => ['long', 'short', 'narrow'].map((style) => new Intl.ListFormat(l, { type, style }).format(['a', 'b', 'c']) + '/' + new Intl.ListFormat(l, { type, style }).format(['a', 'b'])).join(' ; ')).join(' || '));
