// Intl.Segmenter: grapheme clusters (combining marks, ZWJ emoji, flags), words with isWordLike,
// sentences; containing(); option validation and V8's messages (string-width, used by yargs
// and most CLI tools, needs it). Dictionary-based CJK word breaks are not covered.
const s = new Intl.Segmenter(); console.log(s.resolvedOptions(), Object.prototype.toString.call(s), typeof Intl.Segmenter.supportedLocalesOf);
const w = new Intl.Segmenter('en', { granularity: 'word' }); const seg = w.segment('Hi, you 2!'); console.log([...seg]); console.log(seg.containing(4), seg.containing(99), seg.containing(-1), seg.containing());
console.log([...new Intl.Segmenter().segment('e\u0301👨‍👩‍👧🇫🇷x')].map((s) => s.segment.length));
console.log([...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('Hi there. How are you? Fine.')].map((s) => s.segment));
try { new Intl.Segmenter('en', { granularity: 'x' }); } catch (e) { console.log(e.name, e.message); }
try { Intl.Segmenter(); } catch (e) { console.log(e.name, e.message); }
console.log([...new Intl.Segmenter().segment('')], [...new Intl.Segmenter('en', { granularity: 'word' }).segment('naïve café, ünïcödé 42')].filter((x) => x.isWordLike).map((x) => x.segment));
