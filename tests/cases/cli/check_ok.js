// @cli: -c _check_ok.js
