// url.parse IDNA: UTS #46 mapping, disallowed code points, joiners, bidi labels.
const url = require('url');
const hosts = ['ς.gr','Σ.gr','σας.gr','ẞ.de','İ.tr','ı.tr','①.com','ℌ.com','㎏.com','ｶ.jp','ｱｲｳ.jp','한국.kr','日本.jp','مثال.آزمایشی','a.مثال','مثال1.com','1مثال.com','שלום.il','a\u05d0.com','ab\u0661\u0662.com',
 '\u0915\u094d\u200d.in','\u0915\u094d\u200c\u0937.in','a\u200cb.com','😀.la','🇩🇪.de','ä\u0308.com','a\u0308.com','Å.com','Å.com','\u2126.com','ﬀ.com','ǅ.com','\u00a0.com','\u3000.com','x\u2024y.com',
 '\u2488.com','\u0660.com','\u06f0.com','\u30fb.jp','a\u30fb.jp','\u0640.com','\u00b7.com','l\u00b7l.cat','\u0375\u03b1.gr','\u05f3.il','\u05d0\u05f3.il','\u0600.com','\u180e.com','\u034f.com','\ufe0f.com','a\ufe0fb.com',
 '\u1100\u1161.kr','\u115f.kr','\u3164.kr','\uffa0.kr','\u2028.com','\ue000.com','\u{10ffff}.com','\u{e0001}.com','\u0378.com','\u2ff0.com','\u{1d400}.com','\u0130\u0131.com','Ǆ.com','ǆ.com','\u0345.com','a\u0345.com'];
for (const h of hosts) { let r; try { r = url.parse('http://' + h + '/').hostname; } catch (e) { r = e.code; } console.log(JSON.stringify(h), r); }
for (const h of ['1مثال.com','مثال1.com','مثال١.com','مثال1١.com','مثالa.com','aمثال.com','مثال-.com','مثال\u064b.com','\u05d0\u05b0.com','\u05d0.1com','a\u05d0.com','\u05d01.com','\u05d0!.com','\u05d0\u0661.com','a١.com','١a.com','\u05d0\u06f1.com','a\u06f1.com','ä\u05d0.com', 'a-\u05d0.com','\u05d0-a.com',
 'a!١','a١\u064b','١','א','\u064b','ä!א','aא\u05b0','a1א','ä١','a\u05d0b\u05d1', 'ä\u0661\u0662', 'אa', 'א\u0300', '\u0300א', 'ä\u200d', '\u0915\u200d', 'a\u0915\u094d\u200cb'])
{ let r; try { r = url.parse('http://' + h + '.x/').hostname; } catch (e) { r = e.code; } console.log(JSON.stringify(h), r); }
