// socket.setTimeout validates as node's getTimerDuration: a number, finite and non-negative;
// `timeout` keeps what was passed; a bad callback is ERR_INVALID_ARG_TYPE.
const net = require('net');
const s = new net.Socket();
for (const v of ['100', true, undefined, null, {}, -1, -0.001, Infinity, -Infinity, NaN, 0, 0.5, 1e6]) {
  try { s.setTimeout(v, () => {}); console.log('ok', v, s.timeout); } catch (e) { console.log(String(v), e.code, e.message); }
}
for (const cb of [1, 'x', null, {}]) {
  try { s.setTimeout(1, cb); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
s.setTimeout(0);
s.destroy();
console.log(s.setTimeout(5) === s);
