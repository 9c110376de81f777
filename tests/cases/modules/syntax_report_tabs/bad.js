function f() {
		const x = ;
}
