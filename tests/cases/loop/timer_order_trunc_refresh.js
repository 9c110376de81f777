// Timer order as node's insert(): due after the delay's whole milliseconds (1.7 ms runs with 1 ms
// timers, in creation order), a refreshed or repeating timer goes behind those already due then.
const order = [];
setTimeout(() => order.push('a1.7'), 1.7);
setTimeout(() => order.push('b1'), 1);
setTimeout(() => order.push('c1.2'), 1.2);
const t1 = setTimeout(() => order.push('r'), 5);
setTimeout(() => order.push('s'), 5);
t1.refresh();
let n = 0;
const iv = setInterval(() => { order.push('i' + n); if (++n === 2) clearInterval(iv); }, 5);
setTimeout(() => order.push('u'), 5);
setTimeout(() => console.log(order.join(' ')), 40);
