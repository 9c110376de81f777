// Event order on both sides of one POST over a non-keep-alive connection.
const http = require('http');
const log = [];
const L = (s) => log.push(s);
const srv = http.createServer((req, res) => {
  L('S request');
  req.on('data', () => L('S req data'));
  req.on('end', () => L('S req end'));
  req.on('close', () => L('S req close'));
  res.on('finish', () => L('S res finish'));
  res.on('close', () => L('S res close'));
  res.on('prefinish', () => L('S res prefinish'));
  req.resume();
  req.on('end', () => res.end('ok', () => L('S end cb')));
});
srv.on('connection', (s) => { L('S connection'); s.on('close', () => L('S socket close')); s.on('end', () => L('S socket end')); });
srv.on('close', () => { L('S close'); console.log(log.join('\n')); });
srv.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: srv.address().port, method: 'POST', agent: false });
  req.on('socket', (s) => { L('C socket'); s.on('connect', () => L('C sock connect')); s.on('close', () => L('C socket close')); s.on('end', () => L('C socket end')); });
  req.on('finish', () => L('C req finish'));
  req.on('prefinish', () => L('C req prefinish'));
  req.on('close', () => { L('C req close'); srv.close(); });
  req.on('response', (res) => {
    L('C response');
    res.on('data', () => L('C res data'));
    res.on('end', () => L('C res end'));
    res.on('close', () => L('C res close'));
    res.on('readable', () => L('C res readable'));
  });
  req.write('abc', () => L('C write cb'));
  req.end(() => L('C end cb'));
});
