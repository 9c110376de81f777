let x = 1 if;
