// addEventListener validates options.signal (an AbortSignal-like object) and converts the type
// as a DOMString (a Symbol is rejected); removeEventListener converts the type too.
function show(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const et = new EventTarget();
show('signal number', () => et.addEventListener('x', () => {}, { signal: 1 }));
show('signal null', () => et.addEventListener('x', () => {}, { signal: null }));
show('signal string', () => et.addEventListener('x', () => {}, { signal: 'abort' }));
show('signal checked before listener', () => et.addEventListener('x', null, { signal: 2 }));
show('signal undefined', () => et.addEventListener('x', () => {}, { signal: undefined }));
show('symbol type', () => et.addEventListener(Symbol('s'), () => {}));
show('symbol type remove', () => et.removeEventListener(Symbol('s'), () => {}));
show('number type', () => { let n = 0; et.addEventListener(1, () => n++); et.dispatchEvent(new Event('1')); return n; });
