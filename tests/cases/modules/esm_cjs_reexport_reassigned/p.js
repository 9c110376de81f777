exports.from_p = 1;
