// ERR_SOCKET_BAD_PORT's text when port 0 is not allowed (dgram send): '> 0', as node 20.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
try { s.send('x', 0, 'localhost'); } catch (e) { console.log(e.code, e.message); }
try { require('net').connect({ port: -1 }); } catch (e) { console.log(e.code, e.message); }
s.close();
