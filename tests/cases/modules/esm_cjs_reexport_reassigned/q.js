exports.from_q = 1;
