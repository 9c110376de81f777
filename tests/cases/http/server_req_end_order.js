// A body-less request the handler never reads: the order of the request's 'end'/'close', the
// response's 'finish'/'close' and the handler's nextTicks (http dumps the request after the
// response; the stream's end ticks are deduplicated), with and without reading the request.
const http = require('http');
const log = [];
let n = 0;
const server = http.createServer((req, res) => {
  const id = ++n;
  const mark = (what) => () => log.push(`${id} ${what} ended=${req.readableEnded} flowing=${req.readableFlowing}`);
  req.on('end', mark('req end'));
  req.on('close', mark('req close'));
  res.on('finish', mark('res finish'));
  res.on('close', mark('res close'));
  if (id === 2) req.resume();
  if (id === 3) req.on('readable', mark('req readable'));
  process.nextTick(mark('tick before end'));
  res.end('ok');
  process.nextTick(mark('tick after end'));
  process.nextTick(() => process.nextTick(mark('tick nested')));
  setImmediate(mark('immediate'));
});
server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
      res.resume();
      res.on('end', () => setTimeout(resolve, 20));
    }));
  }
  agent.destroy();
  server.close();
  console.log(log.join('\n'));
});
