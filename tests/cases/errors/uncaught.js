console.log('before');
function fail() {
  throw new TypeError('boom');
}
fail();
