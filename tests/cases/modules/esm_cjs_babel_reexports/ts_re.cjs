exports.reA = "A"; exports.reB = "B";
