// process.config says Intl is there (node's common.hasIntl reads v8_enable_i18n_support).
console.log(process.config.variables.v8_enable_i18n_support, typeof Intl, Object.isFrozen(process.config.variables));
