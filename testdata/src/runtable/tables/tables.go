// want package:"runtable\\(names\\)"

// Package tables names the platform's tables. It imports no database
// package; its exported values carry facts for the packages that write.
package tables

import "os"

// Orders is a domain table.
const Orders = "orders"

// Runs is the run table, as a constant: folded into callers, no fact needed.
const Runs = "job_runs"

var RunsTable = os.Getenv("JOB_RUNS_TABLE") // want RunsTable:"tables\\(\\$\\{JOB_RUNS_TABLE\\}\\)"

var OrdersTable = os.Getenv("ORDERS_TABLE")

func stage() string { return os.Getenv("STAGE") }

func History() string { // want History:"tables\\(\\$\\{STAGE\\}_run_history\\)"
	return stage() + "_run_history"
}

func For(kind string) string { // want For:"tables\\(\\*_runs\\)"
	return kind + "_runs"
}

func Table(name string) string { return name }

type Config struct {
	Runs   string // want Runs:"tables\\(\\$\\{RUNS_TABLE\\}, etl_runs\\)"
	Orders string
}

func Load() Config {
	if v, ok := os.LookupEnv("RUNS_TABLE"); ok {
		return Config{Runs: v, Orders: Orders}
	}
	return Config{Runs: "etl_runs", Orders: Orders}
}
