import x1 from './x1.cjs';
export const v = 'x3 got ' + typeof x1;
