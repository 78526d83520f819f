package geo

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Record is one row of a GeoNames dump (allCountries.txt, a country file such as BO.txt,
// cities500.txt): the 19 tab-separated columns of the GeoNames "geoname" table.
type Record struct {
	ID           int
	Name         string
	ASCIIName    string
	AltNames     []string
	Lat, Lon     float64
	FeatureClass string // A (divisions), P (populated places), ...
	FeatureCode  string // PCLI, ADM1, PPLC, PPLA, PPL, PPLX ...
	Country      string // ISO 3166 alpha-2
	Admin1       string // GeoNames admin1 code, unique within the country
	Admin2       string
	Admin3       string
	Admin4       string
	Population   int
}

// dumpColumns is the number of columns of the GeoNames geoname table.
const dumpColumns = 19

// ParseDump reads a GeoNames dump and calls fn for each row. Blank lines and lines starting
// with '#' are skipped. A malformed row stops the parse with an error naming its line; an
// error returned by fn stops it too and is returned wrapped.
func ParseDump(r io.Reader, fn func(Record) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024) // alternate names can make rows long
	line := 0
	for sc.Scan() {
		line++
		row := sc.Text()
		if strings.TrimSpace(row) == "" || row[0] == '#' {
			continue
		}
		rec, err := parseDumpRow(row)
		if err != nil {
			return fmt.Errorf("geonames dump line %d: %w", line, err)
		}
		if err := fn(rec); err != nil {
			return fmt.Errorf("geonames dump line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("geonames dump line %d: %w", line+1, err)
	}
	return nil
}

func parseDumpRow(row string) (Record, error) {
	f := strings.Split(strings.TrimRight(row, "\r"), "\t")
	if len(f) < 15 { // the trailing columns (elevation, dem, timezone, date) are not needed
		return Record{}, fmt.Errorf("%d columns, want %d", len(f), dumpColumns)
	}
	var rec Record
	var err error
	if rec.ID, err = strconv.Atoi(f[0]); err != nil || rec.ID <= 0 {
		return Record{}, fmt.Errorf("bad geonameid %q", f[0])
	}
	rec.Name = strings.TrimSpace(f[1])
	if rec.Name == "" {
		return Record{}, fmt.Errorf("geonameid %d: empty name", rec.ID)
	}
	rec.ASCIIName = strings.TrimSpace(f[2])
	if f[3] != "" {
		for _, a := range strings.Split(f[3], ",") {
			if a = strings.TrimSpace(a); a != "" {
				rec.AltNames = append(rec.AltNames, a)
			}
		}
	}
	if rec.Lat, err = strconv.ParseFloat(f[4], 64); err != nil || rec.Lat < -90 || rec.Lat > 90 {
		return Record{}, fmt.Errorf("geonameid %d: bad latitude %q", rec.ID, f[4])
	}
	if rec.Lon, err = strconv.ParseFloat(f[5], 64); err != nil || rec.Lon < -180 || rec.Lon > 180 {
		return Record{}, fmt.Errorf("geonameid %d: bad longitude %q", rec.ID, f[5])
	}
	rec.FeatureClass, rec.FeatureCode = f[6], f[7]
	rec.Country = strings.ToUpper(f[8])
	rec.Admin1, rec.Admin2, rec.Admin3, rec.Admin4 = f[10], f[11], f[12], f[13]
	if f[14] != "" {
		if rec.Population, err = strconv.Atoi(f[14]); err != nil || rec.Population < 0 {
			return Record{}, fmt.Errorf("geonameid %d: bad population %q", rec.ID, f[14])
		}
	}
	return rec, nil
}
