let x = a b.c
