// The timers module's keys and the timer functions' lengths are node's; extra arguments reach
// the callbacks.
const timers = require('timers');
console.log(Object.keys(timers).join());
console.log(setTimeout.length, setInterval.length, setImmediate.length, clearTimeout.length, clearInterval.length, clearImmediate.length);
setImmediate((...a) => {
  console.log('immediate', a);
  setTimeout((...b) => {
    console.log('timeout', b);
    const iv = setInterval((...c) => {
      console.log('interval', c);
      clearInterval(iv);
      setTimeout(function () { console.log('no args', arguments.length); }, 1);
    }, 1, 'x');
  }, 1, 1, 2, 3, 4, 5, 6);
}, 'a', 'b', 'c', 'd');
