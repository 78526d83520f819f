package export

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// geoFeature is a GeoJSON Feature with a Point geometry. Its properties are flat scalars
// (no nested objects) so that GIS tools (ogr2ogr, QGIS) read them as plain columns.
type geoFeature struct {
	Type       string         `json:"type"`
	ID         string         `json:"id"`
	Geometry   geoPoint       `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

type geoPoint struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

type geoWriter struct {
	w       *bufio.Writer
	started bool
	n       int
	err     error
}

// NewGeoJSON returns a Writer of a GeoJSON FeatureCollection (RFC 7946) of Point features,
// one per event that has a place with coordinates; events without one are skipped, since
// a Feature with no geometry is of no use on a map. Properties are the CSV's columns that
// apply (event_date, plover_type, fatalities, ...), as numbers where they are numbers.
func NewGeoJSON(w io.Writer) Writer { return &geoWriter{w: bufio.NewWriter(w)} }

func (g *geoWriter) start() {
	if !g.started {
		g.started = true
		_, g.err = g.w.WriteString(`{"type":"FeatureCollection","features":[`)
	}
}

func (g *geoWriter) Write(it Item) error {
	g.start()
	if g.err != nil {
		return g.err
	}
	p := it.Event.Place
	if p == nil || (p.Lat == 0 && p.Lon == 0) {
		return nil
	}
	f := geoFeature{Type: "Feature", ID: it.Event.ID,
		Geometry:   geoPoint{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}},
		Properties: geoProperties(it)}
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	if g.n > 0 {
		g.w.WriteByte(',')
	}
	g.w.WriteByte('\n')
	g.n++
	_, g.err = g.w.Write(b)
	return g.err
}

func (g *geoWriter) Close() error {
	g.start()
	if g.err != nil {
		return g.err
	}
	g.w.WriteString("\n]}\n")
	return g.w.Flush()
}

func geoProperties(it Item) map[string]any {
	ev := it.Event
	rec := csvRecord(it)
	props := make(map[string]any, len(CSVColumns))
	for i, col := range CSVColumns {
		if col == "latitude" || col == "longitude" {
			continue
		}
		props[col] = rec[i]
	}
	// Numbers as numbers (null when unknown), so a GIS reads integer columns.
	for _, col := range []string{"year", "time_precision", "inter1", "inter2", "interaction", "iso", "timestamp"} {
		if n, err := strconv.ParseInt(props[col].(string), 10, 64); err == nil {
			props[col] = n
		} else {
			props[col] = nil
		}
	}
	props["fatalities"] = countValue(ev.Dead)
	if ev.Injured != nil {
		props["injured"] = ev.Injured.Value
	} else {
		props["injured"] = nil
	}
	if ev.Arrested != nil {
		props["arrested"] = ev.Arrested.Value
	} else {
		props["arrested"] = nil
	}
	props["geo_precision"] = ev.Place.Precision
	props["context"] = strings.Join(ev.Context, ";")
	props["confidence"] = ev.Confidence
	return props
}
