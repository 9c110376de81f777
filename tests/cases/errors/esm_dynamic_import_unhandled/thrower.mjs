console.log('thrower runs');
export const x = 1;
throw new RangeError('thrown while evaluated');
