package main

import (
	"errors"

	"github.com/spf13/cobra"

	"kronika/internal/loadtest"
)

func (a *app) loadtestCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "loadtest [flags]",
		Short: "Measure the search server under load, on this machine (loopback only)",
		Long:  loadtest.Usage,
		Example: `  kronika loadtest --n 100000 --clients 50 --duration 30s --ingest-while
  kronika loadtest --url http://127.0.0.1:8080 --clients 8 --duration 10s`,
		DisableFlagParsing: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, arg := range args {
				if arg == "-h" || arg == "--help" {
					// The load test's own flag set knows its flags; cobra's does not.
					loadtest.Main(cmd.Context(), []string{"-h"}, a.stdout, a.stdout)
					return nil
				}
			}
			if code := loadtest.Main(cmd.Context(), append([]string{"--data", a.dataDir}, args...), a.stdout, a.stderr); code != 0 {
				return &exitError{code: code, err: errors.New("load test failed")}
			}
			return nil
		},
	}
}
