package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browser starts a headless Chromium for t, skipping loudly when there is none.
func browser(t *testing.T) (context.Context, func()) {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Skip("SKIPPING browser test: no chromium on PATH; apt-get install -y chromium")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 50*time.Second)
	return ctx, func() { cancelTimeout(); cancelCtx(); cancelAlloc() }
}

// onePixelPNG is a 1×1 transparent PNG, a stand-in tile.
var onePixelPNG = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")

// screenshotDir is where the browser test leaves its pictures (ignored by git).
func screenshotDir(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("testdata", "screenshots"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	m, ids := newTestStore(t)
	srv := httptest.NewServer(New(Config{Store: m, Version: "test"})) // listens on 127.0.0.1
	defer srv.Close()
	ctx, cancel := browser(t)
	defer cancel()

	var dialogs atomic.Int32
	var mu sync.Mutex
	var consoleErrors []string
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			dialogs.Add(1)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				mu.Lock()
				consoleErrors = append(consoleErrors, fmt.Sprint(e.Args))
				mu.Unlock()
			}
		case *runtime.EventExceptionThrown:
			mu.Lock()
			consoleErrors = append(consoleErrors, e.ExceptionDetails.Text)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	dir := screenshotDir(t)
	shot := func(name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, buf, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", p)
	}
	// waitFor polls a JavaScript predicate until it holds.
	waitFor := func(what, predicate string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](predicate, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
			mu.Lock()
			defer mu.Unlock()
			t.Fatalf("%s: waiting for %s: %v (console: %v)", what, predicate, err, consoleErrors)
		}
	}
	evalInt := func(expr string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return n
	}
	evalString := func(expr string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return s
	}
	evalBool := func(expr string) bool {
		t.Helper()
		b, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return b
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	do("open the UI", chromedp.Navigate(srv.URL+"/"))
	waitFor("overview", `document.querySelectorAll("#markers circle").length >= 4 && document.querySelectorAll("#timeline-svg rect").length > 0`)
	nList, nMarkers := evalInt(`document.querySelectorAll("#event-list li").length`), evalInt(`document.querySelectorAll("#markers circle").length`)
	nCountries, nBars := evalInt(`document.querySelectorAll("#countries path").length`), evalInt(`document.querySelectorAll("#timeline-svg rect").length`)
	nToll := evalInt(`document.querySelectorAll("#timeline-svg .toll-dot").length`)
	// The first-level divisions of the country with events, those the events name marked.
	waitFor("divisions", `document.querySelectorAll("#divisions path").length >= 17`)
	named := evalString(`[...document.querySelectorAll("#divisions path.named")].map((p) => p.textContent).sort().join(",")`)
	if named != "Alto Paraná,Asunción,Itapúa" {
		t.Errorf("divisions named by the events: %q, want Alto Paraná,Asunción,Itapúa", named)
	}
	// Zoomed in on Paraguay, its neighbours' divisions may follow, but nothing far away.
	if far := evalInt(`document.querySelectorAll('#divisions path[data-iso^="US-"], #divisions path[data-iso^="RU-"]').length`); far != 0 {
		t.Errorf("%d divisions drawn of countries far from the view", far)
	}

	shot("overview.png")
	if nList != 4 || nMarkers != 4 || nCountries < 200 || nBars < 2 || nToll != 1 {
		t.Errorf("overview: %d listed, %d markers, %d countries, %d bars, %d toll points", nList, nMarkers, nCountries, nBars, nToll)
	}

	// Filter by type through the form.
	do("filter", chromedp.SetValue(chromedp.CSS(`select[name=type]`), "PROTEST"), chromedp.Click(chromedp.CSS(`#filters button[type=submit]`)))
	waitFor("filter", `document.querySelectorAll("#event-list li").length === 2`)
	shot("filtered.png")
	if hash, href := evalString(`location.hash`), evalString(`document.getElementById("export-csv").getAttribute("href")`); !strings.Contains(hash, "type=PROTEST") || href != "/api/export.csv?type=PROTEST" {
		t.Errorf("after filtering: hash %q, export link %q", hash, href)
	}

	// ACLED's event type, and the map's view as a box.
	do("acled filter", chromedp.Navigate(srv.URL+"/#/"))
	waitFor("list", `document.querySelectorAll("#event-list li").length === 4`)
	do("acled filter", chromedp.SetValue(chromedp.CSS(`select[name=acled]`), "Protests"), chromedp.Click(chromedp.CSS(`#filters button[type=submit]`)))
	waitFor("acled filter", `document.querySelectorAll("#event-list li").length === 3`)
	do("map filter", chromedp.Click(chromedp.CSS(`#map-filter`)))
	waitFor("map filter", `location.hash.includes("bbox=") && document.getElementById("count").textContent === "3 events"`)

	// Zoomed in on a country without events: its divisions are drawn all the same.
	do("zoomed view", chromedp.Navigate(srv.URL+"/#/?bbox=-66,-22,-58,-16"))
	waitFor("zoomed view", `document.querySelectorAll('#divisions path[data-iso^="BO-"]').length >= 9`)
	do("paint", chromedp.Sleep(300*time.Millisecond)) // thousands of new path segments
	shot("zoomed.png")

	// Open an event from the list: the merged one, two sources, each with its text and
	// its evidence highlighted.
	do("clear filter", chromedp.Navigate(srv.URL+"/#/"))
	waitFor("list", `document.querySelectorAll("#event-list li").length === 4`)
	do("open event", chromedp.Click(chromedp.CSS(`#event-list li[data-id="`+ids["merged"]+`"]`)))
	waitFor("event page", `document.querySelectorAll(".source .doc-text").length === 2 && document.querySelector("#event-map circle.marker") !== null`)
	if named := evalString(`[...document.querySelectorAll("#event-map path.division.named")].map((p) => p.textContent).join(",")`); named != "Asunción" {
		t.Errorf("event map: division named %q, want Asunción", named)
	}
	sources, marks, figures := evalInt(`document.querySelectorAll(".source").length`), evalInt(`document.querySelectorAll(".doc-text mark.evidence").length`), evalInt(`document.querySelectorAll(".doc-text mark.figure").length`)
	markText := evalString(`document.querySelector(".doc-text mark.evidence").textContent`)
	// The whole text is shown, to its last byte, whatever its multi-byte characters.
	if whole := evalString(`document.querySelector(".doc-text").textContent`); whole != textA {
		t.Errorf("source text shown as %q, want %q", whole, textA)
	}
	do("scroll to the sources", chromedp.ScrollIntoView(chromedp.CSS(`.source`)))
	shot("event.png")
	if sources != 2 || marks < 2 || figures < 2 || !strings.HasPrefix(markText, "Police fired tear gas") {
		t.Errorf("event page: %d sources, %d evidence marks, %d figure marks, first mark %q", sources, marks, figures, markText)
	}

	// The hostile document: its markup shows as text and none of it runs.
	do("hostile", chromedp.Navigate(srv.URL+"/#/event/"+ids["arrest"]))
	waitFor("hostile page", `document.querySelectorAll(".doc-text mark.evidence").length > 0`)
	do("settle", chromedp.Sleep(300*time.Millisecond)) // give an injected handler (img onerror) the time to fire
	pwned := evalBool(`window.__pwned !== undefined`)
	shownAsText := evalBool(`document.querySelector(".doc-text").textContent.includes('<script>window.__pwned = 1;') && document.querySelector("#event-view h2").textContent.includes("<script>")`)
	// The source's javascript: URL became a harmless link.
	if href := evalString(`document.querySelector(".source h3 a").getAttribute("href")`); href != "#" {
		t.Errorf("source link href = %q", href)
	}
	live := evalInt(`document.querySelectorAll("#event-view script, #event-view img, #event-view a[href^='javascript']").length`)
	shot("hostile.png")
	if pwned || dialogs.Load() != 0 || live != 0 {
		t.Errorf("hostile markup ran: __pwned set %v, %d dialogs, %d live elements", pwned, dialogs.Load(), live)
	}
	if !shownAsText {
		t.Errorf("hostile markup was not shown as text")
	}

	// About panel with attribution.
	do("about", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`#about-button`)), chromedp.Click(chromedp.CSS(`#about-button`)), chromedp.WaitVisible(chromedp.CSS(`#about`)))
	about := evalString(`document.getElementById("about").textContent`)
	if !strings.Contains(about, "GeoNames") || !strings.Contains(about, "CC BY 4.0") || !strings.Contains(about, "Natural Earth") {
		t.Errorf("about panel lacks attribution: %q", about)
	}
	// With a tile URL configured, the map asks that server (and only it) for tiles.
	var tileRequests atomic.Int32
	tiles := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tileRequests.Add(1)
		w.Header().Set("Content-Type", "image/png")
		w.Write(onePixelPNG)
	}))
	defer tiles.Close()
	withTiles := httptest.NewServer(New(Config{Store: m, TileURL: tiles.URL + "/{z}/{x}/{y}.png"}))
	defer withTiles.Close()
	do("tiles", chromedp.Navigate(withTiles.URL+"/"))
	waitFor("tiles", `document.querySelectorAll("#tiles image").length > 0 && document.querySelectorAll("#markers circle").length >= 4`)
	do("tiles load", chromedp.Sleep(300*time.Millisecond))
	if tileRequests.Load() == 0 {
		t.Errorf("no tile was requested from the configured tile server")
	}

	mu.Lock()
	defer mu.Unlock()
	if len(consoleErrors) > 0 {
		t.Errorf("console errors: %v", consoleErrors)
	}
}
