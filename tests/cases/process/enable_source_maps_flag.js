// @cli: --enable-source-maps enable_source_maps_flag.js
// --enable-source-maps turns process.sourceMapsEnabled on, as process.setSourceMapsEnabled(true).
console.log(process.sourceMapsEnabled);
