// Node's internal errors (ERR_*) have their base class as constructor, as in node.
const util = require('util');
for (const f of [() => require('fs').readFileSync({}), () => Buffer.alloc(-1), () => new URL('nope'), () => require('path').join(1)]) {
  try { f(); } catch (e) {
    console.log(e.constructor.name, e.constructor === TypeError || e.constructor === RangeError, e.name, e.code);
    console.log(util.inspect(e).split('\n')[0]);
    console.log(Object.prototype.toString.call(e), e instanceof Error);
  }
}
