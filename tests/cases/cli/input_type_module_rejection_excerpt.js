// @cli: --input-type=module --eval "await Promise.reject(new Error('Xyz'))"
// An uncaught rejection in --input-type=module eval code: the excerpt's name line is
// file:///<cwd>/[eval1]:1 as node prints it (not %5Beval1%5D).
