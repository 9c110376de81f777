// @cli: --title=custom-title title_flag.js
console.log(process.title, process.execArgv);
