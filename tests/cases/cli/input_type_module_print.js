// @cli: --input-type=module -p 1
// --print cannot be used with ESM input (ERR_EVAL_ESM_CANNOT_PRINT, exit 1).
