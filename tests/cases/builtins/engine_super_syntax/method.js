({ f() { super(); } });
