// @cli: -e "throw new Error('eval boom')"
