// new http.Agent() option validation as node 20: maxTotalSockets is validateNumber(v, name, 1)
// (fractions above 1 pass, NaN/0/-1/0.5 say ">= 1"), and the other options' checks.
const http = require('http');
for (const v of ['x', NaN, Infinity, -1, 0, 0.5, 1.5, 2]) {
  try { const a = new http.Agent({ maxTotalSockets: v }); console.log('ok', v, a.maxTotalSockets); } catch (e) { console.log(e.code, e.message); }
}
for (const k of ['maxSockets', 'maxFreeSockets', 'timeout', 'keepAliveMsecs', 'scheduling']) {
  for (const v of ['x', NaN, -1, 0]) {
    try { const a = new http.Agent({ [k]: v }); console.log('ok', k, v, a[k]); } catch (e) { console.log(k, e.code, e.message); }
  }
}
