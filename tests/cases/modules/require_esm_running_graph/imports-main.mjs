import './main.mjs';
export const y = 2;
