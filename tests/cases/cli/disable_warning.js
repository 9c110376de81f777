// @cli: --disable-warning=DEP0001 --disable-warning ExperimentalWarning --redirect-warnings=_disabled_warnings.tmp _disable_warning_main.js
