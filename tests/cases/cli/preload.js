// @cli: -r ./_preload.js -e "console.log('main sees', globalThis.preloaded)"
