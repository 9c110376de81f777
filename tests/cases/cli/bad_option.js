// @cli: --definitely-not-an-option
