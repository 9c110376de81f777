exports.a = 1; require("./b.js");
