// --test-timeout=<ms> in node 20 bounds each file's run under --test (its file test, whose child
// is killed when it times out: the file fails as cancelled with testTimeoutFailure and its
// unfinished tests are never reported), not the tests inside the files. rjs ignored it.
// This file only carries the headers.
// @cli: --test --test-timeout=700 fast.fixture.js slow.fixture.js
// @normalize: duration_ms:? [\d.]+
const x = 1;
