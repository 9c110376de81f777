// The frames node shows under a require() that fails in its loader: a JSON file that does not parse
// (JSONParse in Module._extensions..json) and an ES module graph with top-level await
// (ERR_REQUIRE_ASYNC_MODULE from the synchronous module job of Module._compile's loadESMFromCJS).
const top = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 7).join('\n').split(__dirname).join('.')); }
};
top(() => require('./bad.json'));
top(() => require('./tla.mjs'));
Error.stackTraceLimit = 1;
top(() => require('./bad.json'));
