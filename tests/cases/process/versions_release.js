// process.versions lists node 20's components (napi, modules, openssl, ...); process.release has its URLs.
const v = process.versions; console.log(Object.keys(v).filter((k) => k !== "rjs" && k !== "boa").join(), v.napi, v.modules, typeof v.openssl, /^\d+\.\d+\.\d+/.test(v.v8));
console.log(process.release, process.version);
