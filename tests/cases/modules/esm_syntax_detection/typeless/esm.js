export const x = 1; console.log("typeless ran", typeof require, typeof module);
