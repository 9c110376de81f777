// An entry ES module with an early error: node reports the SyntaxError where the second
// export of the name is, with its ESM loader's frames (the entry job's _link among them).
export const limit = 10;
const other = 2;
export { other as limit };
