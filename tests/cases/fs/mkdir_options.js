// mkdirSync's mode and recursive options validated with node's argument names.
const fs=require("fs"); for (const o of [{mode:"abc"}, {mode:-1}, {mode:{}}, "abc", {recursive:"x"}, {mode: "0o7"}]) try{fs.mkdirSync(__dirname + "/_mk_tmp", o); fs.rmdirSync(__dirname + "/_mk_tmp"); console.log("ok")}catch(e){console.log(e.code, e.message)}
