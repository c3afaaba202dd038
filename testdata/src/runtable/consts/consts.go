// Package consts declares table names as constants only: no facts.
package consts

const Runs = "job_runs"
