'use strict';
// util's lazily loaded exports look as node's: parseArgs/TextDecoder/TextEncoder/MIMEType/
// MIMEParams are get/set pairs that become data properties once used; aborted and the
// transferableAbort* functions are getters.
const util = require('util');
const describe = (k) => {
  const d = Object.getOwnPropertyDescriptor(util, k);
  return [k, d.get && d.get.name, d.set && d.set.name, 'value' in d, d.enumerable, d.configurable, d.writable].join(' ');
};
console.log(util.inspect(util, { depth: 0 }).split('\n').slice(-9).join('\n'));
for (const k of ['parseArgs', 'TextDecoder', 'MIMEType', 'aborted', 'transferableAbortSignal']) console.log(describe(k));
console.log(typeof util.parseArgs, util.TextEncoder === TextEncoder, util.aborted.name, util.transferableAbortController.name);
for (const k of ['parseArgs', 'TextEncoder']) console.log(describe(k));
util.MIMEParams = 5;
console.log(describe('MIMEParams'), util.MIMEParams);
