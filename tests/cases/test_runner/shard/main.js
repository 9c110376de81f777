// --test-shard=<index>/<total>: --test runs every total-th file of the sorted list from the
// index-th, as node's run() shards (here b.test.js and e.test.js of five).
// @normalize: duration_ms:? [\d.]+
// @cli: --test --test-shard=2/3 files
const x = 1;
