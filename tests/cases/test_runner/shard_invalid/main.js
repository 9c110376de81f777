// --test-shard checked as node's test runner does: not <index>/<total> is ERR_INVALID_ARG_VALUE,
// an index past the total ERR_OUT_OF_RANGE (exit code 1 before any file runs).
// @cli: --test --test-shard=4/3 files
const x = 1;
