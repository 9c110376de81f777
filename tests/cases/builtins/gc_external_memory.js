// Garbage arrays and buffers are collected by the memory they hold: 2 GB of short-lived
// 160 KB arrays and 1 MB buffers must not grow the process (wasm32 would run out at 4 GB).
const names = [];
for (let j = 0; j < 10000; j++) names.push('file-' + j);
let n = 0;
for (let i = 0; i < 6000; i++) n += names.slice().length;
for (let i = 0; i < 2000; i++) n += new Uint8Array(1 << 20).length;
const rss = process.memoryUsage().rss;
console.log(n, rss < 400e6 ? 'rss bounded' : `rss ${rss}`);
