import './inner.cjs'; export const x = 1;
