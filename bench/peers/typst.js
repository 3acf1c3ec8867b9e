// Compiles a Typst source to PDF with the Typst compiler packaged for Node
// (@myriaddreamin/typst-ts-node-compiler). One process per document, like
// `typst compile`; with ROUNDS=n it compiles n more times in the same
// process and prints the mean of those warm runs in ms.
//
//   node typst.js IN.typ OUT.pdf
'use strict';
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require(path.join(process.env.PEERS_DIR, 'node_modules/@myriaddreamin/typst-ts-node-compiler'));

const [input, output] = process.argv.slice(2);
const compiler = NodeCompiler.create({
  workspace: path.dirname(path.resolve(input)),
  fontArgs: [{ fontPaths: ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/lxgw-wenkai', '/usr/share/fonts/truetype/dejavu'] }],
});
const source = fs.readFileSync(input, 'utf8');
const compile = () => compiler.pdf({ mainFileContent: source });
fs.writeFileSync(output, compile());
const rounds = Number(process.env.ROUNDS || 0);
if (rounds > 0) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) compile();
  console.log(`warm: ${(Number(process.hrtime.bigint() - start) / 1e6 / rounds).toFixed(1)} ms per document`);
}
