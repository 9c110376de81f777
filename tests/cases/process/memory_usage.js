// memoryUsage() reports integers with heapUsed <= heapTotal, and grows with allocation.
const m = process.memoryUsage(); console.log(Object.keys(m), Object.values(m).every(Number.isInteger), m.heapUsed <= m.heapTotal, m.rss > 0, process.memoryUsage.rss() > 0);
const a = []; for (let i = 0; i < 3e5; i++) a.push({ i });
console.log(process.memoryUsage().heapUsed >= m.heapUsed, require("v8").getHeapStatistics().used_heap_size > 0);
