export const y = 2;
null.boom;
