// Package httpapi serves a testigo store over HTTP: a JSON API (events with filters and
// cursor pagination, one event with its sources and merge history, documents with the spans
// coded in them, toll series), exports in the formats of package export, an OpenAPI 3
// description, and the embedded web UI (list, map, timeline, evidence), which works offline.
//
// Source text is hostile input: every response carries a strict Content-Security-Policy
// (scripts only from this server, no inline script), and the UI only ever sets source text as
// textContent.
package httpapi

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"

	"testigo"
)

// Config is what a Server needs.
type Config struct {
	Store testigo.Store
	// Version is what /version reports; "" takes the module's build information.
	Version string
	// TileURL is an optional raster tile template (https://tiles.example/{z}/{x}/{y}.png)
	// drawn under the map; empty means no tile layer, and no request leaves this server.
	TileURL string
	// Logger receives one line per failed request; nil discards.
	Logger *slog.Logger
}

// Server is the HTTP face of a store.
type Server struct {
	cfg     Config
	mux     *http.ServeMux
	csp     string
	version string
}

// route is one entry of the routing table.
type route struct {
	method, pattern string
	handler         http.HandlerFunc
}

// routes is the whole routing table. The OpenAPI document (openapi.json) describes exactly
// these; a test checks both ways.
func (s *Server) routes() []route {
	return []route{
		{"GET", "/healthz", s.healthz},
		{"GET", "/version", s.versionInfo},
		{"GET", "/openapi.json", s.openAPI},
		{"GET", "/api/stats", s.stats},
		{"GET", "/api/events", s.listEvents},
		{"GET", "/api/events/{id}", s.getEvent},
		{"GET", "/api/documents", s.listDocuments},
		{"GET", "/api/documents/{id}", s.getDocument},
		{"GET", "/api/tolls", s.tollSeries},
		{"GET", "/api/export.csv", s.exportAs("csv")},
		{"GET", "/api/export.jsonl", s.exportAs("plover")},
		{"GET", "/api/export.geojson", s.exportAs("geojson")},
		{"GET", "/api/config", s.uiConfig},
		{"GET", "/{$}", s.index},
		{"GET", "/static/{file...}", s.static},
	}
}

// New returns a Server over cfg.Store.
func New(cfg Config) *Server {
	s := &Server{cfg: cfg, mux: http.NewServeMux(), version: cfg.Version}
	if s.version == "" {
		s.version = buildVersion()
	}
	if s.cfg.Logger == nil {
		s.cfg.Logger = slog.New(slog.DiscardHandler)
	}
	imgSrc := "'self' data:"
	if u, err := url.Parse(cfg.TileURL); err == nil && cfg.TileURL != "" && (u.Scheme == "https" || u.Scheme == "http") {
		imgSrc += " " + u.Scheme + "://" + u.Host
	} else {
		s.cfg.TileURL = ""
	}
	s.csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src " + imgSrc +
		"; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	for _, r := range s.routes() {
		s.mux.HandleFunc(r.method+" "+r.pattern, r.handler)
	}
	return s
}

// ServeHTTP sets the security headers every response carries, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", s.csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	s.mux.ServeHTTP(w, r)
}

func buildVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := bi.Main.Version
	for _, st := range bi.Settings {
		if st.Key == "vcs.revision" && len(st.Value) >= 12 {
			v += " " + st.Value[:12]
		}
	}
	return v
}

//go:embed ui/index.html ui/static
var uiFS embed.FS

//go:embed openapi.json
var openAPIDoc []byte

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if _, err := s.cfg.Store.Stats(r.Context()); err != nil {
		s.fail(w, r, http.StatusServiceUnavailable, fmt.Errorf("store: %w", err))
		return
	}
	writeJSON(w, map[string]string{"status": "ok"})
}

func (s *Server) versionInfo(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, map[string]string{"name": "testigo", "version": s.version})
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(openAPIDoc)
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	st, err := s.cfg.Store.Stats(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	writeJSON(w, st)
}

func (s *Server) uiConfig(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, map[string]string{"tile_url": s.cfg.TileURL, "version": s.version})
}

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	b, err := uiFS.ReadFile("ui/index.html")
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b)
}

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	sub, _ := fs.Sub(uiFS, "ui/static")
	name := r.PathValue("file")
	if name == "" || strings.Contains(name, "..") {
		http.NotFound(w, r)
		return
	}
	if _, err := fs.Stat(sub, name); err != nil {
		http.NotFound(w, r)
		return
	}
	if strings.HasSuffix(name, ".json") {
		w.Header().Set("Content-Type", "application/json")
	}
	http.ServeFileFS(w, r, sub, name)
}

// apiError is the body of every error response.
type apiError struct {
	Error string `json:"error"`
}

// fail writes an error response; a missing item is 404 whatever status the caller chose.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	if errors.Is(err, testigo.ErrNotFound) {
		status = http.StatusNotFound
	}
	if status >= 500 {
		s.cfg.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(apiError{Error: err.Error()})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
