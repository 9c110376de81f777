export const a = 'tm';
