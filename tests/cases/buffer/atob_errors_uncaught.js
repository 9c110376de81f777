// atob/btoa's InvalidCharacterError DOMExceptions (name, code, message), then one left
// uncaught: node's report heads it with its lazyDOMException line in lib/buffer.js (the suite
// compares the error line and exit code; the header was checked against node by hand).
for (const f of [() => atob('***'), () => atob('abcde'), () => atob('ab=c'), () => atob('a==='), () => btoa('€')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
}
process.on('exit', (c) => console.log('exit', c));
atob('not base64!');
