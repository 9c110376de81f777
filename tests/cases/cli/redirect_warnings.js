// @cli: --redirect-warnings=_redirected_warnings.tmp _redirect_warnings_main.js
