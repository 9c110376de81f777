// process.kill in the sandbox's single process: signal 0 tells the process exists (and does not
// end it), bad pids and signals fail as in node.
console.log(process.kill(process.pid, 0));
console.log('still running');
for (const args of [[process.pid, 'SIGFOO'], ['abc'], [process.pid, 9999], [{}, 0]]) {
  try { process.kill(...args); } catch (e) { console.log(e.code, e.message); }
}
