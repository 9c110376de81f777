// net.connect option validation: options.lookup must be a function when a lookup is needed (an IP
// host skips it), autoSelectFamily / autoSelectFamilyAttemptTimeout are checked for IP hosts too.
const net = require('net');
const tries = [
  { host: 'localhost', lookup: 'foobar' }, { host: 'localhost', lookup: 1 }, { host: 'localhost', lookup: {} }, { host: 'localhost', lookup: null },
  { host: '127.0.0.1', lookup: 'foobar' }, { host: '127.0.0.1', autoSelectFamily: 'x' }, { host: '127.0.0.1', autoSelectFamily: null },
  { host: '127.0.0.1', autoSelectFamilyAttemptTimeout: 0 }, { host: '127.0.0.1', autoSelectFamilyAttemptTimeout: 'x' }, { host: 'localhost', autoSelectFamilyAttemptTimeout: 1.5 },
];
for (const t of tries) {
  try {
    const s = net.connect({ port: 1, ...t });
    s.on('error', () => {});
    s.destroy();
    console.log(JSON.stringify(t), 'ok');
  } catch (e) { console.log(JSON.stringify(t), e.name, e.code, e.message); }
}
