Promise.reject('plain string');
