// async-you style control flow with plain callbacks: waterfall, series, parallel (with an error
// short-circuit), each (limit), times, reduce -- built by hand over fs and http callbacks.
const http = require('http');
const fs = require('fs');
function waterfall(tasks, done) {
  let i = 0;
  const next = (err, ...args) => (err || i === tasks.length ? done(err, ...args) : tasks[i++](...args, next));
  next(null);
}
function parallel(tasks, done) {
  const results = Array.isArray(tasks) ? [] : {};
  const keys = Object.keys(tasks);
  let pending = keys.length;
  let failed = false;
  keys.forEach((k) => tasks[k]((err, v) => {
    if (failed) return;
    if (err) { failed = true; return done(err, results); }
    results[k] = v;
    if (--pending === 0) done(null, results);
  }));
}
function eachLimit(items, limit, fn, done) {
  let running = 0, i = 0, finished = 0;
  const order = [];
  const launch = () => {
    while (running < limit && i < items.length) {
      const item = items[i++];
      running++;
      order.push('start ' + item);
      fn(item, () => {
        running--;
        finished++;
        order.push('end ' + item);
        if (finished === items.length) done(null, order);
        else launch();
      });
    }
  };
  launch();
}
const server = http.createServer((req, res) => {
  const n = Number(req.url.slice(1));
  setTimeout(() => res.end(req.url === '/fail' ? '' : String(n * 2)), (5 - n) * 3);
});
const get = (p, cb) => http.get({ port: server.address().port, path: p }, (res) => {
  let body = '';
  res.on('data', (c) => (body += c));
  res.on('end', () => cb(null, body));
}).on('error', cb);
server.listen(0, () => {
  waterfall([
    (cb) => fs.writeFile('_tmp-async.txt', '/3', cb),
    (cb) => fs.readFile('_tmp-async.txt', 'utf8', cb),
    (p, cb) => get(p, cb),
    (body, cb) => cb(null, Number(body) + 1),
  ], (err, result) => {
    console.log('waterfall', err, result);
    fs.unlinkSync('_tmp-async.txt');
    parallel({ one: (cb) => get('/1', cb), two: (cb) => get('/2', cb), four: (cb) => get('/4', cb) }, (err, res) => {
      // (keys arrive in completion order, which timing decides: printed in a fixed order)
      console.log('parallel', err, JSON.stringify(res, ['one', 'two', 'four']));
      parallel([(cb) => get('/1', cb), (cb) => fs.readFile('_no_such_file', cb), (cb) => get('/2', cb)], (err) => {
        console.log('parallel error', err.code);
        eachLimit([1, 2, 3, 4], 2, (n, cb) => setTimeout(cb, n * 4), (err, order) => {
          console.log('eachLimit', order.slice(0, 2));
          let times = 0;
          const results = [];
          (function again() {
            if (times === 3) {
              console.log('times', results);
              const sum = [1, 2, 3].reduce((p, n) => p.then((acc) => new Promise((r) => setImmediate(() => r(acc + n)))), Promise.resolve(0));
              return sum.then((s) => {
                console.log('reduce', s);
                server.close();
              });
            }
            get('/' + times++, (err, b) => { results.push(b); again(); });
          })();
        });
      });
    });
  });
});
