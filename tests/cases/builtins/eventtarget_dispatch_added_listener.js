// EventTarget dispatch takes the next listener before calling each one (node's linked list):
// a listener added while the last one runs is not called in that dispatch; one added earlier is.
const et = new EventTarget();
const log = [];
et.addEventListener('x', () => { log.push('A'); et.addEventListener('x', () => log.push('C')); }, { once: true });
et.addEventListener('x', () => { log.push('B'); et.addEventListener('x', () => log.push('D'), { once: true }); });
et.dispatchEvent(new Event('x'));
console.log(log.join(','));
et.dispatchEvent(new Event('x'));
console.log(log.join(','));

const et2 = new EventTarget();
const log2 = [];
const last = () => log2.push('last');
et2.addEventListener('y', () => { log2.push('first'); et2.removeEventListener('y', last); et2.addEventListener('y', () => log2.push('new')); });
et2.addEventListener('y', last);
et2.dispatchEvent(new Event('y'));
console.log(log2.join(','));

const et3 = new EventTarget();
const log3 = [];
et3.addEventListener('z', function self() { log3.push('self'); et3.removeEventListener('z', self); });
et3.addEventListener('z', () => log3.push('after'));
et3.dispatchEvent(new Event('z'));
et3.dispatchEvent(new Event('z'));
console.log(log3.join(','));

// stopImmediatePropagation sets cancelBubble too; a stopped event reaches no listener.
const ev = new Event('s');
console.log(ev.cancelBubble);
ev.stopImmediatePropagation();
console.log(ev.cancelBubble);
const et4 = new EventTarget();
let called = 0;
et4.addEventListener('s', () => called++);
et4.dispatchEvent(ev);
console.log(called);
