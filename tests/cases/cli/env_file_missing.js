// @cli: --env-file=_no_such_file.env -e console.log(1)
