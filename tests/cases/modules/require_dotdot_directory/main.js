// A request ending in '..' or '.' (or '/..', '/.') names a directory, as one ending in '/': node
// loads the directory's index and never a file named like it with an extension (stub.js,
// stub.json next to the stub/ directory).
console.log(require('./stub/a/b/three.js'));
console.log(require('./stub'), require('./stub/'), require('./stub/.'));
console.log(require.resolve('./stub/a/..').replace(__dirname, '.'));
