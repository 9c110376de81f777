// @cli: --input-type=commonjs -e "const a = 1; import fs from 'fs';"
// --input-type=commonjs turns module syntax detection off: node's report for the import.
