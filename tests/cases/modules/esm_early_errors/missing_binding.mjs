const q = 1;
export {
  q,
  zz as default,
};
