// @cli: --unhandled-rejections=sometimes unhandled_rejection_mode_invalid.js
// An unknown --unhandled-rejections mode is refused before the script runs (exit code 9).
console.log('not reached');
