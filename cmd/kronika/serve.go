package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"kronika/index/server"
)

// serverInfo is written to the data directory while a server runs, so that
// `kronika ingest` can hand it documents instead of opening the index that
// the server holds.
type serverInfo struct {
	Addr string `json:"addr"`
	PID  int    `json:"pid"`
}

func (a *app) serverInfoPath() string { return filepath.Join(a.dataDir, "server.json") }

func (a *app) serveCommand() *cobra.Command {
	var addr string
	var noCache bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the search API and the search page over HTTP",
		Long: `serve answers searches over HTTP from the index in --data: the JSON API under /api/, a
search page at /, /healthz and Prometheus /metrics. While it runs it holds the index, and
` + "`kronika ingest`" + ` sends new documents to it, so they become searchable without a restart.`,
		Example: `  kronika serve --addr 127.0.0.1:8080
  curl 'http://127.0.0.1:8080/api/search?q=coalition&nation=EE'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			k := a.kit()
			ix, err := a.openIndex(k)
			if err != nil {
				return err
			}
			defer ix.Close()
			cache := 0 // the server's default size
			if noCache {
				cache = -1
			}
			srv, err := server.ForIndex(ix, server.Options{CacheEntries: cache, Logger: a.log})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return usageError("--addr: %w", err)
			}
			hs := srv.HTTPServer(addr)
			info, _ := json.Marshal(serverInfo{Addr: ln.Addr().String(), PID: os.Getpid()})
			if err := os.WriteFile(a.serverInfoPath(), info, 0o644); err != nil {
				return fmt.Errorf("writing %s: %w", a.serverInfoPath(), err)
			}
			defer os.Remove(a.serverInfoPath())
			n, _ := ix.Count()
			a.log.Info("serving", "addr", "http://"+ln.Addr().String(), "documents", n)
			errc := make(chan error, 1)
			go func() { errc <- hs.Serve(ln) }()
			select {
			case err := <-errc:
				return err
			case <-ctx.Done():
			}
			shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := hs.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().BoolVar(&noCache, "no-cache", false, "search every request: no response cache (for measuring; the cache is emptied on every index change anyway)")
	return cmd
}
