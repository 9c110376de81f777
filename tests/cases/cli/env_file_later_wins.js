// @cli: --env-file=_env_file.env --env-file _env_file_second.env -p "[process.env.CASE_A, process.env.CASE_B, process.env.CASE_D, typeof new Buffer(1)].join()"
// Several --env-file: a later file's value wins over an earlier one's (the environment's over both), and
// all are read before the options (NODE_PENDING_DEPRECATION from a file: Buffer() warns).
