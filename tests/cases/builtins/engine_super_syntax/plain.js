function f() { super.x; }
