// learnyounode "time server": a net server writing a "YYYY-MM-DD hh:mm" line and ending;
// a net client reads it. The date is fixed so the output is deterministic.
const net = require('net');
const zero = (n) => (n < 10 ? '0' : '') + n;
function now(d) {
  return `${d.getFullYear()}-${zero(d.getMonth() + 1)}-${zero(d.getDate())} ${zero(d.getHours())}:${zero(d.getMinutes())}`;
}
const server = net.createServer((socket) => {
  socket.end(now(new Date(2024, 0, 5, 9, 7)) + '\n');
});
server.listen(0, () => {
  const client = net.connect(server.address().port, () => console.log('connected'));
  let got = '';
  client.on('data', (d) => (got += d));
  client.on('end', () => console.log('end', JSON.stringify(got)));
  client.on('close', (hadError) => {
    console.log('close', hadError);
    server.close(() => console.log('server closed'));
  });
});
