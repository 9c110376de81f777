// Browser tests of requests to hosts outside the script's virtual loopback network: https.get,
// https.request, fetch() (and http:// once the http client routes there) go through the
// browser's fetch() (internalBinding('host_http'), src/host/web/http.rs). A second origin is
// served here on two ports (https with a self-signed certificate Chromium is told to accept,
// and plain http), reached by a host name Chromium maps to this machine (harness.mjs): paths
// under /cors allow any origin, the others send no Access-Control-Allow-Origin.
// Run with scripts/test_browser.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, openPage, terminalText, shot, RUN_TIMEOUT, pageErrors, OUTSIDE_HOST } from './harness.mjs';

useBrowser();

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const openProject = (files) => openPage({ files, active: 'main.js' });
const written = (page, fd) => page.evaluate((n) => window.__rjs.written(n), fd);
const waitForExit = (page) => page.waitForSelector('body[data-state="idle"][data-exit-code]', { timeout: RUN_TIMEOUT })
  .then(() => page.getAttribute('body', 'data-exit-code'));

async function run(script) {
  const page = await openProject({ 'main.js': script });
  await page.click('#run');
  const code = await waitForExit(page);
  return { page, code, out: await written(page, 1), err: await written(page, 2), shown: await terminalText(page) };
}

function handler(req, res) {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST, PUT',
        'access-control-allow-headers': 'content-type, x-test',
      });
      return res.end();
    }
    const cors = req.url.startsWith('/cors') ? { 'access-control-allow-origin': '*' } : {};
    if (req.url === '/cors/big') {
      res.writeHead(200, { 'content-type': 'text/plain', ...cors });
      for (let i = 0; i < 100; i++) res.write(`${String(i).padStart(4, '0')}${'x'.repeat(9996)}`);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/json', 'x-hidden': 'not exposed', ...cors });
    res.end(JSON.stringify({ method: req.method, url: req.url, body, test: req.headers['x-test'] || null }));
  });
}

let secure;
let plain;
before(async () => {
  secure = createHttpsServer({
    key: readFileSync(join(fixtures, 'outside-key.pem')),
    cert: readFileSync(join(fixtures, 'outside-cert.pem')),
  }, handler);
  plain = createServer(handler);
  await Promise.all([secure, plain].map((s) => new Promise((r) => s.listen(0, '127.0.0.1', r))));
});
after(() => Promise.all([secure, plain].map((s) => new Promise((r) => s.close(r)))));
const httpsUrl = (path) => `https://${OUTSIDE_HOST}:${secure.address().port}${path}`;
const httpUrl = (path) => `http://${OUTSIDE_HOST}:${plain.address().port}${path}`;

test("outside: https.get and https.request go through the browser's fetch (CORS allowed)", async () => {
  const { page, code, out, shown } = await run(`const https = require('https');
https.get(${JSON.stringify(httpsUrl('/cors/a?x=1'))}, (res) => {
  let s = '';
  res.setEncoding('utf8');
  res.on('data', (d) => { s += d; });
  res.on('end', () => {
    console.log('get', res.statusCode, res.headers['content-type'], res.headers['x-hidden'], s);
    const req = https.request(${JSON.stringify(httpsUrl('/cors/p'))}, { method: 'POST', headers: { 'x-test': 'yes', 'content-type': 'text/plain' } }, (r2) => {
      let t = '';
      r2.on('data', (d) => { t += d; });
      r2.on('end', () => {
        console.log('post', r2.statusCode, t);
        https.get(${JSON.stringify(httpsUrl('/cors/big'))}, (r3) => {
          const parts = [];
          r3.on('data', (d) => parts.push(d));
          r3.on('end', () => {
            const all = Buffer.concat(parts).toString();
            console.log('big', all.length, all.slice(0, 4), all.slice(-10000, -9996));
          });
        });
      });
    });
    req.end('payload');
  });
});
`);
  await shot(page, 'outside-https');
  assert.equal(code, '0', shown);
  assert.equal(out,
    'get 200 application/json undefined {"method":"GET","url":"/cors/a?x=1","body":"","test":null}\n' +
    'post 200 {"method":"POST","url":"/cors/p","body":"payload","test":"yes"}\n' +
    'big 1000000 0000 0099\n');
  await page.context().close();
});

test('outside: a server without Access-Control-Allow-Origin gives an error that explains CORS', async () => {
  const { page, code, out, shown } = await run(`const https = require('https');
https.get(${JSON.stringify(httpsUrl('/private'))}, () => console.log('unexpected')).on('error', (err) => {
  console.log('https.get:', err.code, err.message);
});
`);
  assert.equal(code, '0', shown);
  assert.match(out, /^https\.get: ERR_HOST_HTTP The browser's fetch\(\) refused the response to GET https:\/\/api\.rjs-outside\.test:\d+\/private: the server does not allow this page's origin \(http:\/\/127\.0\.0\.1:\d+\) to read it \(CORS: it sends no matching Access-Control-Allow-Origin header\)/);
  await page.context().close();
});

test('outside: fetch() of an https URL, and its CORS failure as the cause of "fetch failed"', async () => {
  const { page, code, out, shown } = await run(`(async () => {
  const res = await fetch(${JSON.stringify(httpsUrl('/cors/f'))});
  console.log('fetch', res.status, res.headers.get('content-type'), await res.text());
  try {
    await fetch(${JSON.stringify(httpsUrl('/private'))});
  } catch (e) {
    console.log('failed:', e.name, e.message, '|', e.cause && e.cause.code);
    console.log(/Access-Control-Allow-Origin/.test(e.cause && e.cause.message));
  }
})();
`);
  assert.equal(code, '0', shown);
  assert.equal(out, 'fetch 200 application/json {"method":"GET","url":"/cors/f","body":"","test":null}\n' +
    'failed: TypeError fetch failed | ERR_HOST_HTTP\ntrue\n');
  await page.context().close();
});

// http:// to other hosts goes through host_http too (the http client routes every non-loopback
// host there in the browser).
test('outside: fetch() and http.get() of http:// URLs', async () => {
  const { page, code, out, shown } = await run(`const http = require('http');
(async () => {
  const res = await fetch(${JSON.stringify(httpUrl('/cors/a'))}, { method: 'POST', body: 'hi', headers: { 'x-test': 'yes' } });
  console.log('fetch', res.status, await res.text());
  http.get(${JSON.stringify(httpUrl('/cors/b'))}, (r) => {
    let s = '';
    r.on('data', (d) => { s += d; });
    r.on('end', () => {
      console.log('http.get', r.statusCode, s);
      http.get(${JSON.stringify(httpUrl('/private'))}).on('error', (e) => console.log('private:', e.code, /CORS/.test(e.message)));
    });
  });
})();
`);
  assert.equal(code, '0', shown);
  assert.equal(out, 'fetch 200 {"method":"POST","url":"/cors/a","body":"hi","test":"yes"}\n' +
    'http.get 200 {"method":"GET","url":"/cors/b","body":"","test":null}\n' +
    'private: ERR_HOST_HTTP true\n');
  await page.context().close();
});

test('no uncaught errors in the page', () => {
  assert.deepEqual(pageErrors, []);
});
