// An active channel inspects as node 20's (ActiveChannel with its subscribers and SafeMap of stores).
const dc = require('diagnostics_channel');
const util = require('util');
const ch = dc.channel('inspected');
console.log(util.inspect(ch));
const sub = () => {};
ch.subscribe(sub);
console.log(util.inspect(ch));
ch.bindStore(new (require('async_hooks').AsyncLocalStorage)());
console.log(util.inspect(ch, { depth: 0 }));
ch.unsubscribe(sub);
console.log(util.inspect(dc.tracingChannel('tc'), { depth: 1 }));
