#!/usr/bin/env bash
# Regenerates countries.tsv (ISO 3166-1 alpha-3, numeric code, English short name) from the
# npm package i18n-iso-countries (MIT). Run from anywhere: bash export/data/gen.sh
# Needs npm and node; the output is committed so that builds and tests need neither.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent i18n-iso-countries@7.14.0 >/dev/null && tar xzf i18n-iso-countries-7.14.0.tgz)
node -e '
const codes = require(process.argv[1] + "/codes.json");
const en = require(process.argv[1] + "/langs/en.json").countries;
const out = ["# alpha3\tnumeric\tname  (from npm i18n-iso-countries 7.14.0, MIT; see LICENSE-i18n-iso-countries)"];
for (const [a2, a3, num] of codes) {
  let n = en[a2]; if (Array.isArray(n)) n = n[0];
  out.push([a3, num, n].join("\t"));
}
process.stdout.write(out.join("\n") + "\n");
' "$tmp/package" > "$here/countries.tsv"
cp "$tmp/package/LICENSE" "$here/LICENSE-i18n-iso-countries"
