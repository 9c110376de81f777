foo(1 2n)
