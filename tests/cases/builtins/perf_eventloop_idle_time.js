// eventLoopUtilization and nodeTiming.idleTime count the loop's waits (a 100 ms timer is mostly idle).
const { performance } = require('perf_hooks');
const e0 = performance.eventLoopUtilization();
setTimeout(() => {
  const e1 = performance.eventLoopUtilization(e0);
  console.log(e1.idle > 30, e1.idle < 200, e1.utilization < 0.5, performance.nodeTiming.idleTime > 30);
  const t = Date.now(); while (Date.now() - t < 50);
  const e2 = performance.eventLoopUtilization(e1);
  console.log(e2.active >= 45, e2.utilization > 0.5);
}, 100);
