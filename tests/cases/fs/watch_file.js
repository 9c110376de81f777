// fs.watchFile polls with stat as libuv does: a zeroed 'change' when the file is missing at the
// first poll, changes on size/mtime, zeroed curr on removal, the last good stats as prev when it
// comes back; unwatchFile stops the poll ('stop' event) and lets the process end.
const fs = require('fs');
const path = require('path');
const f = path.join(__dirname, `_watchfile_tmp${process.pid}.txt`);
try { fs.unlinkSync(f); } catch {}
const log = [];
const steps = [
  () => fs.writeFileSync(f, 'a'),
  () => fs.writeFileSync(f, 'abc'),
  () => {},
  () => fs.unlinkSync(f),
  () => fs.writeFileSync(f, 'x'),
  () => { fs.unwatchFile(f, listener); },
];
function listener(curr, prev) {
  log.push(`change size ${prev.size}->${curr.size} nlink ${prev.nlink}->${curr.nlink} ${curr.mtimeMs === 0} ${prev.mtimeMs === 0} ${curr instanceof fs.Stats}`);
}
try { fs.watchFile(f); } catch (e) { console.log(e.code, e.message); }
try { fs.watchFile(f, { interval: 5 }); } catch (e) { console.log(e.code, e.message); }
const w = fs.watchFile(f, { interval: 20 }, listener);
console.log(w.constructor.name, typeof w.ref, typeof w.unref, typeof w.start, typeof w.stop);
w.on('stop', () => { log.push('stop'); });
let i = 0;
const t = setInterval(() => {
  if (i < steps.length) steps[i++]();
  else { clearInterval(t); setTimeout(() => { console.log(log.join('\n')); try { fs.unlinkSync(f); } catch {} }, 50); }
}, 250);
fs.unwatchFile('nothing-watched');
