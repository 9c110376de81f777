// @cli: --input-type=module -e "console.log('start'); await new Promise(() => {})"
// A top-level await in --input-type=module code that never settles exits 13.
