// A failed process.chdir names the current and the requested directory, as node's
// (chdir '<cwd>' -> '<dir>', with path and dest).
const cwd = process.cwd();
for (const dir of ['no-such-dir-here', __filename]) {
  try {
    process.chdir(dir);
  } catch (e) {
    const clean = (s) => s.split(cwd).join('<cwd>').split(__filename).join('<file>');
    console.log(e.code, e.syscall, clean(e.message), clean(e.path), clean(e.dest));
    console.log(clean(e.stack.split('\n')[0]), Object.keys(e));
  }
}
console.log(process.cwd() === cwd);
