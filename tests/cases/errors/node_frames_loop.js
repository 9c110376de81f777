// node's frame for the loop's call of a callback depends on its argument count: nextTick
// (processTicksAndRejections 77:11, 81:21..84:21, 85:22), setTimeout (listOnTimeout 581:17 or
// 583:11), setImmediate (processImmediate 483:21 or 485:21).
const frames = (e) => e.stack.split('\n').filter((l) => l.includes('(node:')).join(' | ');
// Printed sorted at exit: whether the 1-3 ms timers fire before the immediates depends on how
// long start-up took (racy in node too).
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
const show = (label) => function () { lines.push(`${label} ${arguments.length} ${frames(new Error(label))}`); };
for (let n = 0; n <= 5; n++) process.nextTick(show('tick'), ...Array(n).fill(0));
setTimeout(show('timeout'), 1);
setTimeout(show('timeout'), 2, 'a');
setTimeout(show('timeout'), 3, 'a', 'b', 'c');
setImmediate(show('immediate'));
setImmediate(show('immediate'), 'a');
