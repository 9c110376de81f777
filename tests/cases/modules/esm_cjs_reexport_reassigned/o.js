exports.from_o = 1;
