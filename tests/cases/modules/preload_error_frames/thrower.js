throw new Error('thrown while preloading');
