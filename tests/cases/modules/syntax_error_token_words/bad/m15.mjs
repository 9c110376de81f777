let x = 3in;
