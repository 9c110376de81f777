export const y = 1; await null;
