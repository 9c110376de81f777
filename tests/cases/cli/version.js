// @cli: --version
// @stdout: ignore
