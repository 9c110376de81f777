console.log(new Error('in --import module').stack);
