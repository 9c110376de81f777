// @cli: -p
// @stdin: import fs from "fs"
// -p with module code from stdin: ERR_EVAL_ESM_CANNOT_PRINT, exit 1.
