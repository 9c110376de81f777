// tty: isatty on bad descriptors, ERR_INVALID_FD from the stream constructors, node 20's colour
// depth rules for many environments (hasColors with counts and validation), and the
// WriteStream cursor helpers (readline's escape sequences, validation, return values).
const tty = require('tty');
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty(2 ** 31), tty.isatty(99));
for (const fd of [-1, 1.5, 'x', 2 ** 32]) {
  try { new tty.WriteStream(fd); } catch (e) { console.log('W', e.code, e.name, e.message); }
  try { new tty.ReadStream(fd); } catch (e) { console.log('R', e.code, e.name, e.message); }
}
const WS = tty.WriteStream.prototype;
const envs = [{}, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'dumb' }, { NO_COLOR: '1', TERM: 'xterm-256color' }, { FORCE_COLOR: '0' },
  { FORCE_COLOR: '1' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: '' }, { FORCE_COLOR: 'true' }, { FORCE_COLOR: 'false' },
  { COLORTERM: 'truecolor' }, { TMUX: '1' }, { CI: '1', GITHUB_ACTIONS: '1' }, { CI: '1' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' },
  { TERM: 'screen' }, { TERM: 'linux' }, { TERM: 'rxvt-unicode-24bit' }, { NODE_DISABLE_COLORS: '1' }, { TEAMCITY_VERSION: '9.1' }, { COLORTERM: 'x' }];
for (const env of envs) console.log(JSON.stringify(env), WS.getColorDepth(env), WS.hasColors(env), WS.hasColors(256, env), WS.hasColors(2 ** 24, env));
for (const bad of ['x', 1, -1, 1.5, null]) {
  try { console.log(WS.hasColors(bad, {})); } catch (e) { console.log('hasColors', e.code, e.message); }
}
console.log(typeof WS.getWindowSize, typeof WS.cursorTo, typeof WS.moveCursor, typeof WS.clearLine, typeof WS.clearScreenDown, typeof WS._refreshSize);
const fake = Object.create(WS);
let out = '';
fake.write = (d, cb) => { out += d; if (cb) cb(); return true; };
fake.columns = 100; fake.rows = 30;
console.log(fake.getWindowSize(), fake.cursorTo(2), fake.cursorTo(2, 3), fake.moveCursor(-1, 2), fake.clearLine(-1), fake.clearLine(0), fake.clearScreenDown(), JSON.stringify(out));
try { fake.cursorTo(NaN); } catch (e) { console.log(e.code, e.message); }
try { fake.cursorTo('a', 1); } catch (e) { console.log(e.code, e.message); }
try { fake.moveCursor(1, 1, 'cb'); } catch (e) { console.log(e.code, e.message); }
console.log(tty.ReadStream.prototype.setRawMode !== undefined, Object.keys(tty));
console.log(require('readline').cursorTo(null, 1), require('readline').moveCursor(null, 1, 1), require('readline').clearLine(undefined, 0), require('readline').clearScreenDown(null));
require('readline').cursorTo(null, 1, 1, (e) => console.log('cb', e));
const e = (() => { try { tty.ReadStream(1.5); } catch (err) { return err; } })();
console.log(String(e), e instanceof RangeError, e.constructor === RangeError, Object.keys(e));
console.log(tty.WriteStream.name, tty.ReadStream.name, tty.WriteStream.length, tty.ReadStream.length, Object.keys(tty.WriteStream.prototype));
