package main

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"testigo"
	"testigo/extract"
	"testigo/geo"
)

func init() {
	register("geonames", "load a GeoNames dump (allCountries.txt, BO.txt, cities500.txt, or its .zip) into the store for finer places", runGeoNames)
}

// geonamesBatch is how many rows go into one transaction.
const geonamesBatch = 5000

func runGeoNames(ctx context.Context, args []string, std stdio) int {
	fs := newFlags("geonames", "usage: testigo geonames load [--db PATH|postgres://URL] FILE...\n\nLoads GeoNames rows (data © GeoNames, CC BY 4.0) into the store; ingest and reprocess\nthen recognise the places they add: towns, districts, divisions. Loading again replaces rows.", std)
	db := dbFlag(fs)
	if len(args) == 0 || args[0] != "load" {
		fs.Usage()
		return 2
	}
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return fatal(std, "geonames", err)
	}
	defer st.Close()
	total := 0
	for _, name := range fs.Args() {
		n, err := loadGeoNames(ctx, st, name)
		total += n
		if err != nil {
			return fatal(std, "geonames", fmt.Errorf("%s: %w (%d rows stored before it)", name, err, n))
		}
		fmt.Fprintf(std.out, "%s: %d rows\n", name, n)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return fatal(std, "geonames", err)
	}
	fmt.Fprintf(std.out, "loaded %d rows; the store holds %d GeoNames rows\n", total, stats.GeoNames)
	return 0
}

// loadGeoNames stores the rows of one dump, a batch per transaction.
func loadGeoNames(ctx context.Context, st testigo.Store, name string) (int, error) {
	r, closeFn, err := openDump(name)
	if err != nil {
		return 0, err
	}
	defer closeFn()
	batch := make([]testigo.GeoName, 0, geonamesBatch)
	n := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := st.PutGeoNames(ctx, batch); err != nil {
			return err
		}
		n += len(batch)
		batch = batch[:0]
		return nil
	}
	err = geo.ParseDump(r, func(rec geo.Record) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch = append(batch, testigo.GeoName{ID: rec.ID, Name: rec.Name, ASCIIName: rec.ASCIIName, AlternateNames: strings.Join(rec.AltNames, ","),
			Lat: rec.Lat, Lon: rec.Lon, FeatureClass: rec.FeatureClass, FeatureCode: rec.FeatureCode,
			Country: rec.Country, Admin1: rec.Admin1, Admin2: rec.Admin2, Population: rec.Population})
		if len(batch) == geonamesBatch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	return n, flush()
}

// openDump opens a dump file, or the .txt inside a GeoNames .zip.
func openDump(name string) (io.Reader, func(), error) {
	if strings.EqualFold(filepath.Ext(name), ".zip") {
		z, err := zip.OpenReader(name)
		if err != nil {
			return nil, nil, err
		}
		for _, f := range z.File {
			if strings.HasSuffix(f.Name, ".txt") && !strings.HasPrefix(strings.ToLower(filepath.Base(f.Name)), "readme") {
				rc, err := f.Open()
				if err != nil {
					z.Close()
					return nil, nil, err
				}
				return rc, func() { rc.Close(); z.Close() }, nil
			}
		}
		z.Close()
		return nil, nil, fmt.Errorf("no .txt dump inside")
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// extendGazetteer adds the store's GeoNames rows to the extractor's gazetteer.
func extendGazetteer(ctx context.Context, st testigo.Store, x *extract.Extractor) error {
	var recs []geo.Record
	err := st.GeoNames(ctx, func(g testigo.GeoName) error {
		// Only towns and divisions name the place of an event; the gazetteer keeps no
		// others, so the rest of a full dump (hills, streams, hotels) is not held in memory.
		if g.FeatureClass != "P" && g.FeatureClass != "A" {
			return nil
		}
		var alt []string
		if g.AlternateNames != "" {
			alt = strings.Split(g.AlternateNames, ",")
		}
		recs = append(recs, geo.Record{ID: g.ID, Name: g.Name, ASCIIName: g.ASCIIName, AltNames: alt, Lat: g.Lat, Lon: g.Lon,
			FeatureClass: g.FeatureClass, FeatureCode: g.FeatureCode, Country: g.Country, Admin1: g.Admin1, Admin2: g.Admin2, Population: g.Population})
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading GeoNames rows from the store: %w", err)
	}
	if len(recs) == 0 || x.Annotator == nil {
		return nil
	}
	// A private copy: the shipped gazetteer is shared by everything else in the process.
	g, err := geo.New(recs...)
	if err != nil {
		return fmt.Errorf("extending the gazetteer with the store's GeoNames rows: %w", err)
	}
	x.Annotator.Gazetteer = g
	return nil
}
