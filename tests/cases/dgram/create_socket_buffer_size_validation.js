// dgram.createSocket({ recvBufferSize, sendBufferSize }): a truthy size must be a uint32 (node's
// ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE texts, thrown by createSocket); 0, '', null, false and
// NaN are accepted and leave the size unset.
const dgram = require('dgram');
for (const k of ['recvBufferSize', 'sendBufferSize']) {
  for (const v of ['x', -1, 1.5, 2 ** 32, 0, '', null, false, true, 10n, {}, [], 4096, NaN]) {
    try {
      const s = dgram.createSocket({ type: 'udp4', [k]: v });
      console.log(k, String(v), 'ok');
      s.close();
    } catch (e) {
      console.log(k, typeof v, String(v), e.name, e.code, e.message);
    }
  }
}
