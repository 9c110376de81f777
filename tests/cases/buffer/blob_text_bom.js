// Blob.text() decodes as TextDecoder: a leading UTF-8 BOM is dropped (only at the start), Buffer.toString keeps it.
const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
(async () => {
  console.log(JSON.stringify(await new Response(bom).text()), JSON.stringify(await new Blob([bom]).text()), JSON.stringify(new TextDecoder().decode(bom)), JSON.stringify(Buffer.from(bom).toString()));
  console.log(JSON.stringify(await new Blob([bom, bom]).text()), JSON.stringify(await new Blob([bom]).slice(1).text()), JSON.stringify(await new Blob(['\ufeffx']).text()));
})();
