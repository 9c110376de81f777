console.log('sourceMapsEnabled', process.sourceMapsEnabled, process.execArgv);
