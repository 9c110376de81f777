await 1;
export const a = 1;
