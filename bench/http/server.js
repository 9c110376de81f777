// The Hello World server from node's docs, on the port given as the first argument (0: any
// free port; the line it prints names the port it got).
const http = require("http");
const port = Number(process.argv[2] || process.env.PORT || 3000);
const server = http.createServer((req, res) => { res.statusCode = 200; res.setHeader("Content-Type", "text/plain"); res.end("Hello, World!"); });
server.listen(port, "127.0.0.1", () => console.log(`Server running on http://localhost:${server.address().port}/`));
