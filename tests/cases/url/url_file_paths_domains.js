// pathToFileURL percent-encodes as node's EncodePathChars ([ ] ^ | ~ too); fileURLToPath takes
// URL-like objects (node's isURL); domainToASCII/Unicode answer as the hostname setter of a
// special URL (IP addresses serialized, the part before / ? # kept); a file URL's `C|` drive
// letter becomes `C:`.
const url = require('url');
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.code} ${e.message}`; } };
let ascii = '';
for (let c = 1; c < 128; c++) if (c !== 47) ascii += String.fromCharCode(c);
console.log(url.pathToFileURL(`/${ascii}`).href);
console.log(url.pathToFileURL(`/a/${ascii}/`).href);
console.log(url.pathToFileURL(`C:\\${ascii.replace(/\\/g, '')}`, { windows: true }).href);
console.log(url.pathToFileURL('/a/\u0000b/\u00e9\u{1F680}').href);
console.log(url.pathToFileURL('\\\\server\\share\\a b[1]~', { windows: true }).href);
console.log(t(() => url.fileURLToPath({ href: 'file:///x%20y', protocol: 'file:', pathname: '/x%20y', hostname: '' })));
console.log(t(() => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '', path: '/x' })));
console.log(t(() => url.fileURLToPath({ href: '', protocol: 'file:' })));
console.log(t(() => url.fileURLToPath({ href: 'http://a/', protocol: 'http:' })));
console.log(t(() => url.fileURLToPath('file://[::1]/x', { windows: true })));
for (const d of ['[::1]', '[::1', '[0:0::1]', '1.2.3.4', '0x7f.1', '1.2.3.256', '08', '%41', 'ex%61mple.com',
  'a:b', 'a/b', 'a?b', 'a#b', 'a\\b', 'a@b', 'a:80', 'a\tb', ' a', 'a%2Eb', 'ＥＸＡＭＰＬＥ.com', 'español.com',
  'xn--espaol-zwa.com.', 'a_b', '.', 'ä.', '']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
for (const u of ['file:///c|/x', 'file:///C|', 'file:c|/x', 'file:/c|/x', 'file:///c|x', 'file:///a/c|/x']) console.log(u, t(() => new URL(u).href));
const f = new URL('file:///x');
f.pathname = '/d|/y';
console.log(f.href, url.fileURLToPath(f, { windows: true }));
