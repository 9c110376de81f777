// @cli: -c _check_bad.js
