#!/usr/bin/env bash
# Regenerates static/countries-50m.json, the country boundaries the web map draws, from the npm
# package world-atlas 2.0.2 (ISC; the data is Natural Earth 1:50m, public domain). Each
# country's properties get its ISO 3166 alpha-3 code ("a3", from export/data/countries.tsv) so
# that events (which carry alpha-3 codes) can be matched to shapes.
# Needs npm and node; the output is committed so that builds and tests need neither.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-2.0.2.tgz)
node -e '
const fs = require("fs");
const topo = JSON.parse(fs.readFileSync(process.argv[1] + "/countries-50m.json", "utf8"));
const a3 = {};
for (const line of fs.readFileSync(process.argv[2], "utf8").split("\n")) {
  if (!line || line[0] === "#") continue;
  const [code, num] = line.split("\t"); a3[num] = code;
}
for (const g of topo.objects.countries.geometries) {
  g.properties = { name: g.properties.name, a3: a3[g.id] || "" };
}
delete topo.objects.land;
process.stdout.write(JSON.stringify(topo));
' "$tmp/package" "$here/../../export/data/countries.tsv" > "$here/static/countries-50m.json"
cp "$tmp/package/LICENSE" "$here/static/LICENSE-world-atlas"
