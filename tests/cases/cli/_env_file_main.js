// --env-file loads the file's variables into process.env (given twice: the values stay) and
// shows in execArgv.
console.log(process.env.CASE_A, process.env.CASE_B, process.env.CASE_C, process.execArgv);
