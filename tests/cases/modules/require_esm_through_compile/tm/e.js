export const e = 'ORIG';
