// @cli: -r ./_preload_report_frames.js -r ./_no_such_preload -e 1
// A failed --require under -e code: node's preload frames end at eval_string's main (run_main_module's for a file).
