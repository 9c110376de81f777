// vm code caches as node 20 shows V8's: a cache made for a source of the same length is
// accepted, other data is rejected, unless the same source and origin were compiled before
// (V8's compilation cache: the data is not looked at). Script's own keys, compileFunction's.
const vm = require('vm');
const src = '(function a() { return 1; })';
const made = new vm.Script(src, { produceCachedData: true });
console.log(Object.keys(made), made.cachedDataProduced, Buffer.isBuffer(made.cachedData), made.cachedData.length > 0);
const data = made.cachedData;
const rejected = (code, cachedData, options) => new vm.Script(code, { cachedData, ...options }).cachedDataRejected;
console.log('same source again, garbage', rejected(src, Buffer.from('garbage')));
console.log('fresh, garbage', rejected('"fresh1"', Buffer.from('garbage')));
console.log('fresh, empty', rejected('"fresh2"', new Uint8Array(0)));
console.log('fresh, sliced', rejected('(function b() { return 1; })', data.subarray(4)));
console.log('fresh, same length', rejected('(function c() { return 1; })', data));
console.log('fresh, other length', rejected('(function cc() { return 1; })', data));
console.log('fresh, DataView', rejected('(function d() { return 1; })', new DataView(data.buffer, data.byteOffset, data.length)));
console.log('createCachedData', rejected('(function e() { return 1; })', new vm.Script('(function f() { return 2; })').createCachedData()));
new vm.Script('"s1"');
console.log('other filename', rejected('"s1"', Buffer.from('x'), { filename: 'o.js' }));
console.log('other lineOffset', rejected('"s1"', Buffer.from('x'), { lineOffset: 2 }));
vm.runInThisContext('"s3"');
console.log('after runInThisContext', rejected('"s3"', Buffer.from('x')));
console.log(Object.keys(new vm.Script('1', { cachedData: data })), Object.keys(new vm.Script('2')));
const f = vm.compileFunction('return 1', [], { produceCachedData: true });
console.log(f.cachedDataProduced, f.cachedData.length > 0, Object.keys(f));
console.log(vm.compileFunction('return 1', [], { cachedData: Buffer.from('x') }).cachedDataRejected);
console.log(vm.compileFunction('return 2', ['a'], { cachedData: f.cachedData }).cachedDataRejected);
console.log(vm.compileFunction('return 22', [], { cachedData: f.cachedData }).cachedDataRejected);
