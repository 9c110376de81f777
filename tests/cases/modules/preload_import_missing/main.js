// @cli: --import ./missing-preload.mjs main.js
// An --import that cannot be resolved: node's report and frames end at its ESM entry runner
// (asyncRunEntryPointWithESMLoader), the import resolving from the working directory.
console.log('never');
