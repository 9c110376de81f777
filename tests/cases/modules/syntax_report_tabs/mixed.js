const ok = 1;
 	  	let = ok +;
