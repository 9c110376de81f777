throw { custom: 1 };
