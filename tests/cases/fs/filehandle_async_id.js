// A FileHandle's async id: a number, its own per handle, stable; an async_hooks init hook sees
// the handle made as a 'FILEHANDLE' resource.
'use strict';
const fsp = require('fs').promises;
(async () => {
  const a = await fsp.open(__filename);
  const b = await fsp.open(__filename);
  const ida = a.getAsyncId();
  console.log(typeof ida, ida > 0, ida === a.getAsyncId(), ida !== b.getAsyncId());
  await a.close();
  await b.close();
  const seen = [];
  const hook = require('async_hooks').createHook({ init(id, type) { if (type === 'FILEHANDLE') seen.push(id); } }).enable();
  const c = await fsp.open(__filename);
  hook.disable();
  console.log(seen.length, seen[0] === c.getAsyncId());
  await c.close();
})();
