// url.parse's IDNA: a ZWNJ between joining Arabic letters (Persian words like نامه‌ای) is
// valid (RFC 5892 CONTEXTJ), and joiners count as boundary neutrals for the bidi rule.
const url = require('url');
for (const host of ['xn--mgba3gch31f060k', 'xn--mgba3gch31f060k.com', 'xn--ghb2gxqia7523a', 'xn--ghb2g3qq34f',
  'xn--ghb25aga828w', 'xn--ghb65a953d', 'نامه\u200cای.com', 'a\u200cb.com', 'ل\u200cا.com', 'ا\u200cل.com',
  '\u0915\u094d\u200d\u0937.com', 'x\u200dy.com', 'example.com', 'EXAMPLE.xn--p1ai', 'xn--ls8h.la']) {
  try {
    const u = url.parse(`http://${host}/p`);
    console.log(JSON.stringify(host), u.hostname, u.href);
  } catch (e) {
    console.log(JSON.stringify(host), e.code);
  }
}
