// Command kronika turns news articles in Italian, English and Ukrainian into
// a searchable index of the nations, ministers, dates and euro amounts they
// mention. Each subcommand is a thin layer over one library call.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	exitOK     = 0
	exitFailed = 1 // some input failed; the rest was processed
	exitUsage  = 2
)

// exitError carries an exit status out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, a ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// partialFailure is returned when a run finished but some inputs failed.
var partialFailure = &exitError{code: exitFailed, err: errors.New("some inputs failed")}

// app is what every command shares: global flags and streams.
type app struct {
	dataDir   string
	logFormat string
	logLevel  string
	cpuProf   string
	memProf   string
	memStop   chan struct{}
	profFile  *os.File
	stdin     io.Reader
	stdout    io.Writer
	stderr    io.Writer
	log       *slog.Logger
	batchJob  bool // set by startBatch: the index releases the file pages it reads
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee != partialFailure {
			fmt.Fprintln(stderr, "kronika:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "kronika:", err)
	if isUsage(err) {
		return exitUsage
	}
	return exitFailed
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "kronika",
		Short: "Turn multilingual news into a searchable index of nations, ministers, dates and amounts",
		Long: `Kronika reads news articles in Italian, English and Ukrainian — files, directories,
JSONL, saved HTML pages, URLs, feeds and sitemaps — detects their language, extracts the
nations, ministers, dates and money amounts they mention, stores them durably and indexes
them for search from the command line, over HTTP and in a browser page.`,
		Example: `  kronika ingest                      # ingest the embedded sample corpus into ./kronika-data
  kronika extract article.txt         # print one JSON line of entities per document
  kronika search "coalizione IT" --nation LU
  kronika serve --addr 127.0.0.1:8080`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if err := a.setupLogging(); err != nil {
				return err
			}
			return a.startProfile()
		},
		PersistentPostRun: func(*cobra.Command, []string) { a.stopProfile() },
	}
	def := os.Getenv("KRONIKA_DATA")
	if def == "" {
		def = "./kronika-data"
	}
	root.PersistentFlags().StringVar(&a.dataDir, "data", def, "directory holding the store and the index (env KRONIKA_DATA)")
	root.PersistentFlags().StringVar(&a.logFormat, "log-format", "text", "log format: text or json")
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	root.PersistentFlags().StringVar(&a.cpuProf, "cpuprofile", "", "write a CPU profile to this file (for diagnosing speed)")
	_ = root.PersistentFlags().MarkHidden("cpuprofile")
	root.PersistentFlags().StringVar(&a.memProf, "memprofile", "", "write a heap profile to this file every few seconds while the command runs (for diagnosing memory)")
	_ = root.PersistentFlags().MarkHidden("memprofile")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError("%w", err) })
	root.AddCommand(a.extractCommand(), a.ingestCommand(), a.searchCommand(), a.serveCommand(),
		a.reindexCommand(), a.compactCommand(), a.statsCommand(), a.exportCommand(), a.benchCommand(), a.loadtestCommand())
	return root
}

func (a *app) setupLogging() error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(a.logLevel)); err != nil {
		return usageError("--log-level: %q is not debug, info, warn or error", a.logLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch a.logFormat {
	case "text":
		a.log = slog.New(slog.NewTextHandler(a.stderr, opts))
	case "json":
		a.log = slog.New(slog.NewJSONHandler(a.stderr, opts))
	default:
		return usageError("--log-format: %q is not text or json", a.logFormat)
	}
	return nil
}

// isUsage recognizes cobra's own argument errors.
func isUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "accepts ", "requires at least", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func (a *app) startProfile() error {
	if a.memProf != "" {
		a.memStop = make(chan struct{})
		go writeHeapProfiles(a.memProf, a.memStop)
	}
	if a.cpuProf == "" {
		return nil
	}
	f, err := os.Create(a.cpuProf)
	if err != nil {
		return usageError("--cpuprofile: %w", err)
	}
	a.profFile = f
	return pprof.StartCPUProfile(f)
}

// writeHeapProfiles rewrites the heap profile every few seconds until
// stop is closed: the last one shows the heap in the thick of the run, not
// after the command has let everything go.
func writeHeapProfiles(path string, stop <-chan struct{}) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			if f, err := os.Create(path); err == nil {
				_ = pprof.Lookup("heap").WriteTo(f, 0)
				f.Close()
			}
		}
	}
}

func (a *app) stopProfile() {
	if a.memStop != nil {
		close(a.memStop)
		a.memStop = nil
	}
	if a.profFile != nil {
		pprof.StopCPUProfile()
		a.profFile.Close()
		a.profFile = nil
	}
}
