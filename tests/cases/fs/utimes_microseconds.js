// utimes as libuv sets them: seconds toward zero, nanoseconds cut to whole microseconds; an invalid Date is EINVAL.
const fs = require('fs'); const path = require('path'); 
const f = path.join(__dirname, '_tmp_utimes.txt'); fs.writeFileSync(f, 'x');
for (const t of [1.0000015, 1234567890.123456789, 0.0000019, new Date(1500000000123)]) {
  fs.utimesSync(f, t, t); const s = fs.statSync(f); console.log(String(t), s.mtimeMs, s.atimeMs, s.mtime.toISOString());
}
try { fs.utimesSync(f, new Date(NaN), new Date(NaN)); } catch (e) { console.log(e.code, e.syscall); }
fs.unlinkSync(f);
