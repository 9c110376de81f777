export const of = (...a) => a;
export const async = 4;
export const get = 'g', set = 's', from = 'f';
export default async (x) => x * 2;
