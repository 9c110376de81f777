// @cli: --enable-source-maps --no-enable-source-maps _source_maps_main.js
// node accepts --no-enable-source-maps (the last of the pair wins): it is not a bad option.
