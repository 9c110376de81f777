// A lookup error is made in node's resolver callback: its stack is that one frame of node's
// (onlookup / onlookupall, the promise API's own), also when net or http looked the name up;
// lookupService's ENOTFOUND likewise. rjs showed its own synchronous resolve frames.
const dns = require('dns');
const net = require('net');
const http = require('http');
const name = 'nonexistent.invalid';
const show = (label, e) => console.log(label, e.code, e.stack);
dns.lookup(name, (e) => {
  show('lookup', e);
  dns.lookup(name, { all: true }, (e) => {
    show('lookup all', e);
    dns.promises.lookup(name).catch((e) => {
      show('promises', e);
      dns.promises.lookup(name, { all: true, family: 4 }).catch((e) => {
        show('promises all', e);
        net.connect(80, name).on('error', (e) => {
          show('net', e);
          net.connect({ port: 80, host: name, autoSelectFamily: false }).on('error', (e) => {
            show('net no autoselect', e);
            http.get(`http://${name}/`).on('error', (e) => {
              show('http', e);
              Error.stackTraceLimit = 0;
              dns.lookup(name, (e) => show('no frames', e));
            });
          });
        });
      });
    });
  });
});
