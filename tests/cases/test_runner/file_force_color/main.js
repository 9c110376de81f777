// --test: when a reporter writes colors to the runner's stdout or stderr (a terminal, or
// FORCE_COLOR saying so), node starts each file's child with FORCE_COLOR=1, whatever the
// runner's own value (rjs left the file the runner's FORCE_COLOR=2). (--no-warnings: node's
// child warns that the harness's NO_COLOR is ignored, on a stderr racing its stdout.)
// @env: FORCE_COLOR=2
// @normalize: duration_ms:? [\d.]+
// @normalize: \/[^\s']*\/files\/
// @cli: --no-warnings --test files
const x = 1;
