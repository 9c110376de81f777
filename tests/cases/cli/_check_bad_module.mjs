export const ok = 1;
export const x = ;
