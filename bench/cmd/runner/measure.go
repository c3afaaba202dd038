package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"time"
)

// A tool is one command line measured on a package set.
type tool struct {
	name string
	// args returns the command line for one run; run numbers let go vet
	// get a fresh tool identity each time (see vetwrap).
	args func(run int) []string
	env  func(run int) []string
	dir  string
	// ok reports whether an exit status is a normal outcome (tracelint
	// exits 3 when it reports findings, go vet 1).
	ok func(code int) bool
}

// A sample is one measured run: wall time, the CPU time of the process and
// of every descendant it waited for (go vet's per-package tool processes,
// go list), and the peak resident set of the largest process of that tree
// (getrusage semantics: ru_maxrss of a waited-for child is the maximum over
// the child and its waited-for descendants, not their sum).
type sample struct {
	wall, cpu time.Duration
	rss       int64 // bytes
	code      int
}

// timeout bounds one run: a hang is a failure, not a long measurement.
var timeout = 45 * time.Minute

func measure(t tool, run int) (sample, error) {
	argv := t.args(run)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = t.dir, t.env(run)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var stderr tail
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return sample{}, fmt.Errorf("%s: %w", t.name, err)
	}
	if ctx.Err() != nil {
		return sample{}, fmt.Errorf("%s: no result after %v (hang?)\n%s", t.name, timeout, stderr.String())
	}
	s := sample{wall: wall, code: cmd.ProcessState.ExitCode()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		s.rss = ru.Maxrss * 1024 // kilobytes on Linux
	}
	out := stderr.String()
	if strings.Contains(out, "panic:") || !t.ok(s.code) {
		return s, fmt.Errorf("%s exited %d: %s\n%s", t.name, s.code, strings.Join(argv, " "), out)
	}
	return s, nil
}

// tail keeps the last 8 KiB written to it, for error messages.
type tail struct{ b []byte }

func (t *tail) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > 8<<10 {
		t.b = t.b[len(t.b)-8<<10:]
	}
	return len(p), nil
}

func (t *tail) String() string { return string(bytes.ToValidUTF8(t.b, nil)) }

// series are the samples of one tool on one package set, in round order.
type series []sample

func median[T int64 | time.Duration | float64](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func (s series) walls() []time.Duration {
	return pick(s, func(x sample) time.Duration { return x.wall })
}
func (s series) cpus() []time.Duration { return pick(s, func(x sample) time.Duration { return x.cpu }) }
func (s series) rsss() []int64         { return pick(s, func(x sample) int64 { return x.rss }) }

func pick[T any](s series, f func(sample) T) []T {
	out := make([]T, len(s))
	for i, x := range s {
		out[i] = f(x)
	}
	return out
}

// ratio is the median over rounds of a/b measured in the same round: pairing
// the runs of one round cancels most of the drift of a shared machine.
func ratio(a, b series, f func(sample) float64) float64 {
	var rs []float64
	for i := range min(len(a), len(b)) {
		if d := f(b[i]); d > 0 {
			rs = append(rs, f(a[i])/d)
		}
	}
	return median(rs)
}

func wallOf(x sample) float64 { return x.wall.Seconds() }
func cpuOf(x sample) float64  { return x.cpu.Seconds() }
func rssOf(x sample) float64  { return float64(x.rss) }

// rounds runs every tool n times, alternating: round r starts with tool
// r mod len(tools), so no tool always runs first (after a cold page cache)
// or right after the heaviest one.
func rounds(tools []tool, n int, log func(string)) ([]series, error) {
	out := make([]series, len(tools))
	for r := range n {
		for k := range tools {
			i := (r + k) % len(tools)
			s, err := measure(tools[i], r)
			if err != nil {
				return nil, err
			}
			log(fmt.Sprintf("round %d/%d %-28s %7.2fs wall %7.2fs cpu %6.0f MiB", r+1, n, tools[i].name,
				s.wall.Seconds(), s.cpu.Seconds(), mib(s.rss)))
			out[i] = append(out[i], s)
		}
	}
	return out, nil
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }

// loadavg returns the 1-, 5- and 15-minute load averages.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// bins are the binaries the tools run: tracelint, the floor, this runner
// (as vetwrap) and go vet's own tool, and a stamp that makes the go vet
// tool identities of this run unique.
type bins struct {
	tracelint, noop, self, vetTool string
	stamp                          string
}

// standalone runs bin with args in dir (tracelint exits 3 on findings).
func (b bins) standalone(name, dir string, env []string, bin string, args ...string) tool {
	return tool{
		name: name, dir: dir,
		args: func(int) []string { return append([]string{bin}, args...) },
		env:  func(int) []string { return env },
		ok:   func(code int) bool { return code == 0 || code == 3 && bin == b.tracelint },
	}
}

// govet runs go vet on pkgs in dir through vetwrap, with a fresh tool
// identity per run (warm build cache, analysis not cached) or, if id is
// set, a fixed one (so a second run is served from go vet's cache).
func (b bins) govet(name, dir string, env []string, realTool, id string, pkgs ...string) tool {
	return tool{
		name: name, dir: dir,
		args: func(int) []string { return append([]string{"go", "vet", "-vettool=" + b.self}, pkgs...) },
		env: func(run int) []string {
			ident := id
			if ident == "" {
				ident = fmt.Sprintf("%s-%s-%d", b.stamp, strings.ReplaceAll(name, " ", "_"), run)
			}
			return append(env[:len(env):len(env)], "BENCH_VETWRAP_TOOL="+realTool, "BENCH_VETWRAP_ID="+ident)
		},
		ok: func(code int) bool { return code == 0 || code == 1 },
	}
}
