// @cli: -p "await 1"
// Code detected as an ES module cannot be printed: ERR_EVAL_ESM_CANNOT_PRINT, exit 1.
