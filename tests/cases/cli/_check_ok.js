console.log('never printed when checking');
