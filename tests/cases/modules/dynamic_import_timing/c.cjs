module.exports = 2; console.log("c eval");
