export const v = 'esm from cjs';
