// Browser tests of servers in the playground: the script's http server on rjs's virtual
// loopback network, reached by the script itself (fetch, http.get) and by the preview pane
// through the service worker (www/sw.js). Run with scripts/test_browser.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, runScript, browser, server, pageErrors, terminalText, openPage, shot, nodeOutput, clickTerminalText, STORE_KEY, RUN_TIMEOUT } from './harness.mjs';

const openProject = (files) => openPage({ files, active: 'main.js' });

useBrowser();

const waitForOutput = (page, re) => page.waitForFunction(
  (src) => new RegExp(src).test(window.__rjs.terminalText()), re.source, { timeout: RUN_TIMEOUT });

const HELLO_SERVER = `const http = require("http");
const server = http.createServer((req, res) => { res.statusCode = 200; res.setHeader("Content-Type", "text/plain"); res.end("Hello, World!"); });
server.listen(3000, () => console.log("Server running on http://localhost:3000/"));
`;

test('hello world server: the preview pane shows its response, and says when it stopped', async () => {
  const page = await openProject({ 'main.js': HELLO_SERVER });
  await page.click('#run');
  await waitForOutput(page, /Server running on http:\/\/localhost:3000\//);
  await page.waitForSelector('#preview-pane[data-state="live"]', { timeout: RUN_TIMEOUT });
  const body = page.frameLocator('#preview-frame').locator('body');
  await body.getByText('Hello, World!').waitFor({ timeout: RUN_TIMEOUT });
  assert.equal((await body.textContent()).trim(), 'Hello, World!');
  assert.equal(await page.inputValue('#preview-path'), '/');
  assert.equal(await page.inputValue('#preview-port'), '3000');
  await shot(page, 'preview-hello');
  // The same URL in a tab of its own goes through the service worker to this page's worker.
  const tab = await page.context().newPage();
  const res = await tab.goto(new URL('preview/3000/some/path?x=1', server.url).href);
  assert.equal(res.status(), 200);
  assert.equal(await res.headerValue('content-type'), 'text/plain');
  assert.equal((await tab.textContent('body')).trim(), 'Hello, World!');
  await tab.close();
  assert.equal(await page.getAttribute('body', 'data-state'), 'running', 'a server keeps the run alive');
  await page.click('#stop');
  await page.waitForSelector('#preview-pane[data-state="stopped"]', { timeout: 5000 });
  assert.match(await page.textContent('#preview-message'), /server on port 3000 stopped/);
  await shot(page, 'preview-stopped');
  // With nothing listening, the service worker answers 502 with a clear page.
  const gone = await page.context().newPage();
  const res502 = await gone.goto(new URL('preview/3000/', server.url).href);
  assert.equal(res502.status(), 502);
  assert.match(await gone.textContent('body'), /No script running in the playground listens on port 3000/);
  await gone.close();
  await page.context().close();
});

test("a localhost URL the script prints is a link that opens the server's page in the preview", async () => {
  const page = await openProject({
    'main.js': HELLO_SERVER.replace('res.end("Hello, World!")', 'res.end(`path ${req.url}`)')
      .replace('http://localhost:3000/', 'http://localhost:3000/hello?x=1'),
  });
  await page.click('#run');
  await page.waitForSelector('#preview-pane[data-state="live"]', { timeout: RUN_TIMEOUT });
  await page.click('#preview-hide');
  assert.equal(await page.isHidden('#preview-pane'), true);
  const pages = page.context().pages().length;
  await clickTerminalText(page, 'localhost:3000/hello');
  await page.waitForSelector('#preview-pane[data-state="live"]:not([hidden])', { timeout: 5000 });
  await page.frameLocator('#preview-frame').getByText('path /hello?x=1').waitFor({ timeout: RUN_TIMEOUT });
  assert.equal(page.context().pages().length, pages, 'no new tab: the real localhost has no such server');
  await page.click('#stop');
  await page.waitForSelector('#preview-pane[data-state="stopped"]');
  await clickTerminalText(page, 'localhost:3000/hello');
  await waitForOutput(page, /Nothing listens on port 3000 now/);
  await page.context().close();
});

const SITE = `const http = require('http');
const server = http.createServer((req, res) => {
  console.log(req.method, req.url, req.headers.host);
  if (req.url === '/style.css') {
    res.setHeader('Content-Type', 'text/css');
    res.end('h1 { color: rgb(0, 128, 128); }');
  } else if (req.url === '/about') {
    res.setHeader('Content-Type', 'text/html');
    res.end('<h1 id="about">About page</h1>');
  } else if (req.url === '/go') {
    res.writeHead(302, { Location: '/about' });
    res.end();
  } else if (req.method === 'POST') {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => res.end('got ' + body.toUpperCase()));
  } else {
    res.setHeader('Content-Type', 'text/html');
    res.write('<!doctype html><link rel="stylesheet" href="/style.css">');
    res.end('<h1>Home</h1><a id="about-link" href="/about">about</a>');
  }
});
server.listen(8080);
`;

test('preview: root-relative sub-resources, links, redirects, POST and the URL bar reach the server', async () => {
  const page = await openProject({ 'main.js': SITE });
  await page.click('#run');
  await page.waitForSelector('#preview-pane[data-state="live"]', { timeout: RUN_TIMEOUT });
  const frame = page.frameLocator('#preview-frame');
  await frame.locator('h1').getByText('Home').waitFor({ timeout: RUN_TIMEOUT });
  // /style.css came from the script's server (the playground has a style.css of its own).
  await page.waitForFunction(() => {
    const h1 = document.querySelector('#preview-frame').contentDocument.querySelector('h1');
    return h1 && getComputedStyle(h1).color === 'rgb(0, 128, 128)';
  }, null, { timeout: RUN_TIMEOUT });
  await frame.locator('#about-link').click();
  await frame.locator('#about').waitFor({ timeout: RUN_TIMEOUT });
  await page.waitForFunction(() => document.querySelector('#preview-path').value === '/about');
  const src = await page.evaluate(() => document.querySelector('#preview-frame').contentWindow.location.pathname);
  assert.equal(src, '/preview/8080/about');
  // The URL bar: a redirect to a root-relative Location stays inside the preview.
  await page.fill('#preview-path', '/go');
  await page.press('#preview-path', 'Enter');
  await page.waitForFunction(() => document.querySelector('#preview-path').value === '/about', null, { timeout: RUN_TIMEOUT });
  await frame.locator('#about').waitFor({ timeout: RUN_TIMEOUT });
  const posted = await page.evaluate(async () => {
    const r = await document.querySelector('#preview-frame').contentWindow.fetch('/echo', { method: 'POST', body: 'hello body' });
    return [r.status, await r.text()];
  });
  assert.deepEqual(posted, [200, 'got HELLO BODY']);
  await shot(page, 'preview-site');
  const out = await terminalText(page);
  assert.match(out, /GET \/ localhost:8080/);
  assert.match(out, /GET \/style\.css localhost:8080/);
  assert.match(out, /GET \/about localhost:8080/);
  assert.match(out, /POST \/echo localhost:8080/);
  await page.click('#stop');
  await page.context().close();
});

const FETCH_SELF = `const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ method: req.method, url: req.url, agent: req.headers['user-agent'] }));
});
server.listen(3001, async () => {
  const res = await fetch('http://localhost:3001/hello?x=1');
  console.log(res.status, res.headers.get('content-type'));
  console.log(await res.text());
  const posted = await fetch('http://127.0.0.1:3001/items', { method: 'POST', body: 'abc' });
  console.log((await posted.json()).method);
  server.close(() => console.log('closed'));
});
`;

test('a script fetches its own server and prints the body', async () => {
  const files = { 'main.js': FETCH_SELF };
  const expected = nodeOutput(files);
  const page = await openProject(files);
  const { code, output } = await runScript(page);
  await shot(page, 'fetch-self');
  assert.equal(code, '0', output);
  assert.equal(output.replace(/\n+$/, ''), expected.replace(/\n+$/, ''));
  await page.context().close();
});

const HTTP_GET_SELF = `const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(201, { 'X-Test': 'yes', 'Content-Type': 'text/plain' });
  res.write('chunk one, ');
  setTimeout(() => res.end('chunk two from ' + req.url), 20);
});
server.listen(0, '127.0.0.1', () => {
  const { port, address, family } = server.address();
  console.log('listening', address, family, typeof port);
  http.get({ port, path: '/there', agent: false }, (res) => {
    console.log(res.statusCode, res.headers['x-test'], res.headers['transfer-encoding']);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => (body += c));
    res.on('end', () => {
      console.log(body);
      const again = http.createServer().listen(port);
      again.on('error', (e) => {
        console.log(e.code, e.syscall, e.message === 'listen EADDRINUSE: address already in use :::' + port);
        server.close();
      });
    });
  });
});
`;

test('http.get to its own server (chunked body, EADDRINUSE on a second listen)', async () => {
  const files = { 'main.js': HTTP_GET_SELF };
  const expected = nodeOutput(files);
  const page = await openProject(files);
  const { code, output } = await runScript(page);
  await shot(page, 'http-get-self');
  assert.equal(code, '0', output);
  assert.equal(output.replace(/\n+$/, ''), expected.replace(/\n+$/, ''));
  await page.context().close();
});

const REFUSED = `const http = require('http');
const net = require('net');
http.get('http://127.0.0.1:39999/').on('error', (e) => {
  console.log(e.message);
  console.log(e.code, e.errno, e.syscall, e.address, e.port, e instanceof Error);
  net.connect(39998, '127.0.0.1').on('error', (e2) => console.log(e2.message, e2.code));
});
`;

test("ECONNREFUSED to an unused port has node's shape", async () => {
  const files = { 'main.js': REFUSED };
  const expected = nodeOutput(files);
  const page = await openProject(files);
  const { code, output } = await runScript(page);
  await shot(page, 'econnrefused');
  assert.equal(code, '0', output);
  assert.equal(output.replace(/\n+$/, ''), expected.replace(/\n+$/, ''));
  await page.context().close();
});

test('other hosts are unreachable, with a hint on stderr', async () => {
  const page = await openProject({
    'main.js': `require('net').connect(80, '93.184.216.34').on('error', (e) => console.log(e.code, e.syscall, e.message));
require('http').get('http://example.com/').on('error', (e) => console.log(e.code, e.message));
`,
  });
  const { code, output } = await runScript(page);
  assert.equal(code, '0', output);
  assert.match(output, /ENETUNREACH connect connect ENETUNREACH 93\.184\.216\.34:80/);
  // http:// to another host goes through the browser's fetch, which cannot reach it here.
  assert.match(output, /(ECONNREFUSED|ENOTFOUND)[^\n]*example\.com/);
  assert.match(await page.evaluate(() => window.__rjs.written(2)), /raw TCP to the outside is not available in the browser/);
  await page.context().close();
});

test('an idle server does not keep the worker busy, and answers promptly when asked', async () => {
  const page = await openProject({
    'main.js': `let n = 0;
require('http').createServer((req, res) => res.end('n=' + ++n)).listen(4000, () => console.log('up'));
`,
  });
  await page.click('#run');
  await waitForOutput(page, /up/);
  await page.waitForSelector('#preview-pane[data-state="live"]', { timeout: RUN_TIMEOUT });
  await page.frameLocator('#preview-frame').locator('body').getByText('n=1').waitFor({ timeout: RUN_TIMEOUT });
  const timings = await page.evaluate(async () => {
    const win = document.querySelector('#preview-frame').contentWindow;
    const out = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const t0 = performance.now();
      await (await win.fetch('/')).text();
      out.push(performance.now() - t0);
    }
    return out;
  });
  for (const ms of timings) assert.ok(ms < 1000, `a request to an idle server took ${ms} ms`);
  // Idle, the worker sleeps until a request comes (it does not spin on loop turns).
  const worker = page.workers().find((w) => w.url().endsWith('/worker.js') && w !== undefined);
  const ticks = async () => {
    for (const w of page.workers()) {
      const n = await w.evaluate(() => self.rjsStats && self.rjsStats.ticks).catch(() => undefined);
      if (n > 0) return n;
    }
    return 0;
  };
  assert.ok(worker, 'the run worker is there');
  const before = await ticks();
  await page.waitForTimeout(1000);
  const idleTicks = (await ticks()) - before;
  assert.ok(before > 0 && idleTicks <= 2, `${idleTicks} loop ticks in an idle second`);
  await page.click('#stop');
  await page.context().close();
});

test('preview: streamed responses arrive as they are written; large bodies both ways', async () => {
  const page = await openProject({
    'main.js': `const http = require('http');
http.createServer((req, res) => {
  if (req.url === '/big') {
    const buf = Buffer.alloc(3 * 1024 * 1024, 'x');
    res.setHeader('Content-Length', buf.length);
    return res.end(buf);
  }
  if (req.url === '/upload') {
    let n = 0;
    req.on('data', (c) => (n += c.length));
    req.on('end', () => res.end(String(n)));
    return;
  }
  if (req.url === '/stream') {
    res.write('first\\n');
    setTimeout(() => res.end('second\\n'), 700);
    return;
  }
  res.end('ok');
}).listen(5000);
`,
  });
  await page.click('#run');
  await page.waitForSelector('#preview-pane[data-state="live"]', { timeout: RUN_TIMEOUT });
  await page.frameLocator('#preview-frame').locator('body').getByText('ok').waitFor({ timeout: RUN_TIMEOUT });
  const result = await page.evaluate(async () => {
    const win = document.querySelector('#preview-frame').contentWindow;
    const t0 = performance.now();
    const res = await win.fetch('/stream');
    const reader = res.body.getReader();
    const dec = new TextDecoder();
    const first = dec.decode((await reader.read()).value);
    const tFirst = performance.now() - t0;
    let rest = '';
    for (let r; !(r = await reader.read()).done;) rest += dec.decode(r.value);
    const tAll = performance.now() - t0;
    const big = await (await win.fetch('/big')).arrayBuffer();
    const up = await (await win.fetch('/upload', { method: 'POST', body: new Uint8Array(2_000_000) })).text();
    return { first, rest, tFirst, tAll, big: big.byteLength, up };
  });
  assert.equal(result.first, 'first\n');
  assert.equal(result.rest, 'second\n');
  assert.ok(result.tFirst < result.tAll - 300, `the first chunk came at ${result.tFirst} ms, the end at ${result.tAll} ms`);
  assert.equal(result.big, 3 * 1024 * 1024);
  assert.equal(result.up, '2000000');
  await page.click('#stop');
  await page.context().close();
});

const NET_HALF_CLOSE = `const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  console.log('server: remote', sock.remoteAddress, sock.remoteFamily, typeof sock.remotePort, 'local', sock.localAddress, sock.localPort === server.address().port);
  let got = '';
  sock.on('data', (d) => (got += d));
  sock.on('end', () => {
    console.log('server: client ended after', JSON.stringify(got));
    sock.end('reply to ' + got);
  });
  sock.on('close', () => server.close(() => console.log('server closed')));
});
server.listen(0, () => {
  const { port, address, family } = server.address();
  console.log('address', address, family);
  const c = net.connect(port, '127.0.0.1', () => {
    console.log('client: connected', c.remoteAddress, c.remotePort === port, c.localAddress);
    c.write('hello');
    c.end(' world');
  });
  let reply = '';
  c.on('data', (d) => (reply += d));
  c.on('end', () => console.log('client: got', JSON.stringify(reply)));
  c.on('close', (hadError) => console.log('client: closed', hadError));
});
`;

test('net: half-close, addresses and close order as node reports them', async () => {
  const files = { 'main.js': NET_HALF_CLOSE };
  const expected = nodeOutput(files);
  const page = await openProject(files);
  const { code, output } = await runScript(page);
  assert.equal(code, '0', output);
  assert.equal(output.replace(/\n+$/, ''), expected.replace(/\n+$/, ''));
  await page.context().close();
});

const COOKIES = `const http = require('http');
http.createServer((req, res) => {
  const cookie = req.headers.cookie || '(none)';
  console.log(req.url, cookie);
  if (req.url === '/login') {
    res.writeHead(302, { Location: '/me', 'Set-Cookie': ['sid=abc123; Path=/; HttpOnly; SameSite=Lax', 'theme=dark; Max-Age=3600'] });
    res.end();
  } else if (req.url === '/admin/set') {
    res.setHeader('Set-Cookie', 'scope=admin'); // default path: /admin
    res.end('set');
  } else if (req.url === '/logout') {
    res.setHeader('Set-Cookie', ['sid=; Path=/; Max-Age=0', 'theme=light; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);
    res.end('bye');
  } else {
    res.end('cookie: ' + cookie);
  }
}).listen(3000);
`;

test('preview: Set-Cookie from the server is kept per port and sent back as Cookie', async () => {
  const page = await openProject({ 'main.js': COOKIES });
  await page.click('#run');
  await page.waitForSelector('#preview-pane[data-state="live"]', { timeout: RUN_TIMEOUT });
  const tab = await page.context().newPage();
  const show = async (path) => {
    const res = await tab.goto(new URL(`preview/3000${path}`, server.url).href);
    return [res.status(), (await tab.textContent('body')).trim()];
  };
  assert.deepEqual(await show('/me'), [200, 'cookie: (none)']);
  // The login redirects; the redirected request already carries the new cookies.
  assert.deepEqual(await show('/login'), [200, 'cookie: sid=abc123; theme=dark']);
  assert.equal(new URL(tab.url()).pathname, '/preview/3000/me');
  assert.deepEqual(await show('/admin/set'), [200, 'set']);
  assert.deepEqual(await show('/admin/page'), [200, 'cookie: scope=admin; sid=abc123; theme=dark']);
  assert.deepEqual(await show('/other'), [200, 'cookie: sid=abc123; theme=dark']);
  assert.equal(await tab.evaluate(() => document.cookie), '', 'the jar lives in the service worker');
  // fetch() from the preview page carries them too.
  assert.equal(await tab.evaluate(async () => (await fetch('/x')).text()), 'cookie: sid=abc123; theme=dark');
  assert.deepEqual(await show('/logout'), [200, 'bye']);
  assert.deepEqual(await show('/me'), [200, 'cookie: (none)']);
  await tab.close();
  await page.click('#stop');
  await page.context().close();
});

test('without a service worker the preview pane says what is missing; the server still works', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(server.url);
  const files = { 'main.js': `require('http').createServer((q, s) => s.end('hi from ' + q.url)).listen(3000, async () => {
  console.log(await (await fetch('http://localhost:3000/self')).text());
});
` };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORE_KEY, JSON.stringify({ files, active: 'main.js' })]);
  await page.reload();
  await page.waitForSelector('body[data-state="idle"]', { timeout: RUN_TIMEOUT });
  await page.click('#run');
  await waitForOutput(page, /hi from \/self/);
  await page.waitForSelector('#preview-pane[data-state="unsupported"]', { timeout: RUN_TIMEOUT });
  assert.match(await page.textContent('#preview-message'), /service worker has not started/);
  await shot(page, 'preview-no-service-worker');
  await page.click('#stop');
  await context.close();
});

test('no uncaught errors in the pages', () => {
  assert.deepEqual(pageErrors, []);
});
