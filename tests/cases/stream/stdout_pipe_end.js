// process.stdout over a pipe (as the runner reads it): once ended (here by pipeline, which ends
// its destination), the write side is shut as node's net.Socket shuts it: a later console.log or
// write writes nothing and fails with EPIPE ('error' and 'close' each time). The events are
// reported on one stderr line (the runner compares stderr's first error line).
const { pipeline, Readable } = require('stream');
const events = [];
process.stdout.on('error', (e) => events.push(`error ${e.code} ${e.syscall} ${e.errno}`));
process.stdout.on('close', () => events.push('close'));
process.stdout.on('finish', () => events.push('finish'));
pipeline(Readable.from(['x\n', 'y\n']), process.stdout, (err) => {
  events.push(`pipeline ${err}`);
  console.log('not shown');
  events.push(`write returned ${process.stdout.write('nor this\n', (e) => events.push(`write cb ${e && e.code}`))}`);
  setTimeout(() => {
    console.log('still not shown');
    events.push(`state ${process.stdout.writable} ${process.stdout.writableEnded} ${process.stdout.destroyed}`);
    setTimeout(() => process.stderr.write(`Error events: ${events.join('; ')}\n`), 5);
  }, 5);
});
