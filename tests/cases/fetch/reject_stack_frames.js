// fetch()'s rejections carry node's frames: undici's continuation line, processTicksAndRejections
// below it when ticks ran first (an abort; not for a failure at once in the main script), the
// scheme fetch's frames in a network error's cause (cut at Error.stackTraceLimit).
const show = (label) => (e) => {
  console.log(label, e.stack);
  if (e.cause) console.log(' cause', e.cause.stack);
};
fetch('ftp://example.test/').catch(show('ftp'))
  .then(() => fetch('file:///nope').catch(show('file')))
  .then(() => fetch('about:blank').catch(show('about')))
  .then(() => fetch('http://127.0.0.1:1/').catch(show('bad port')))
  .then(() => fetch('http://127.0.0.1:1/', { signal: AbortSignal.abort() }).catch(show('aborted')))
  .then(() => fetch('http://127.0.0.1:1/', { method: 'GET', body: 'x' }).catch(show('get body')))
  .then(() => {
    Error.stackTraceLimit = 4;
    return fetch('ftp://example.test/').catch(show('limit 4'));
  })
  .then(() => {
    Error.stackTraceLimit = 10;
    setTimeout(() => fetch('ftp://example.test/').catch(show('timer')), 1);
    process.nextTick(() => {});
    fetch('about:blank').catch(show('ticks queued'));
  });
