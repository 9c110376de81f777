export const b = 'mjs';
