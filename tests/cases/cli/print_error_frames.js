// @cli: -p "new Error('printed').stack"
// An error made by -p code: node's frames of the run of [eval] below its own.
