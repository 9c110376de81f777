// A call whose argument list is never closed (the file ends): node reports it at the last
// argument.
console.log(
  "a",
  2
