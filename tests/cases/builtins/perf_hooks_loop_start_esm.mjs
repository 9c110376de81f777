// In an ES module entry, nodeTiming.loopStart is set once the loop runs (it stayed -1, and
// eventLoopUtilization() all zeros, for ES module programs).
const { nodeTiming } = performance;
setTimeout(() => {
  const elu = performance.eventLoopUtilization();
  console.log('in a timer', nodeTiming.loopStart > 0, nodeTiming.loopStart <= performance.now(), elu.active > 0);
}, 5);
