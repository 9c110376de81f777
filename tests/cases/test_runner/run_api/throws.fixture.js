throw new Error('load fail');
