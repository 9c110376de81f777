exports.z = 3; // import x from "y"
