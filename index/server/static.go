package server

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

// web holds the page: plain HTML, JavaScript and CSS, no build step.
//
//go:embed web
var web embed.FS

// openAPIDoc is the hand-written OpenAPI 3.0 description of the API.
//
//go:embed openapi.json
var openAPIDoc []byte

// asset is one embedded file, ready to serve.
type asset struct {
	body        []byte
	contentType string
	etag        string
}

// loadAssets reads the embedded page files once, with content types and
// ETags, so that requests only copy bytes.
func loadAssets() (map[string]asset, error) {
	out := make(map[string]asset)
	err := fs.WalkDir(web, "web", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := web.ReadFile(p)
		if err != nil {
			return fmt.Errorf("read embedded %s: %w", p, err)
		}
		ct := mime.TypeByExtension(path.Ext(p))
		if ct == "" {
			ct = http.DetectContentType(b)
		}
		sum := sha256.Sum256(b)
		out[strings.TrimPrefix(p, "web/")] = asset{body: b, contentType: ct, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load page assets: %w", err)
	}
	if _, ok := out["index.html"]; !ok {
		return nil, fmt.Errorf("load page assets: index.html missing")
	}
	return out, nil
}

// handlePage serves the search page.
func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	s.serveAsset(w, r, "index.html")
}

// handleStatic serves the page's script, style and icon.
func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	if name == "index.html" {
		http.Redirect(w, r, "/", http.StatusMovedPermanently)
		return
	}
	s.serveAsset(w, r, name)
}

func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	a, ok := s.static[name]
	if !ok {
		writeError(w, http.StatusNotFound, "not found")
		return
	}
	h := w.Header()
	h.Set("ETag", a.etag)
	// Revalidate every time: the files change with the binary, and a 304
	// costs next to nothing.
	h.Set("Cache-Control", "no-cache")
	if etagMatch(r.Header.Get("If-None-Match"), a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", a.contentType)
	_, _ = w.Write(a.body)
}

func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}
