// @cli: --input-type=module -e "import 'node:fs'; await null; throw new TypeError('late')"
// An error thrown after a top-level await in --input-type=module code is reported, exit 1.
