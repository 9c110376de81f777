export const v = "ORIG";
export default 1;
