// @stdin: first chunk\n
// Pausing stdin after the first chunk lets the process exit; readline over it works after.
process.stdin.once('data', (d) => {
  console.log('got', JSON.stringify(String(d)));
  process.stdin.pause();
  setTimeout(() => console.log('paused', process.stdin.isPaused()), 5);
});
