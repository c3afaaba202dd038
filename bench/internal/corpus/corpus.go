// Package corpus names the benchmark corpus and runs the go command, the
// tracelint binary and the floor binary the way the benchmark and the
// robustness test both need: from the bench workspace (bench/go.work: this
// module, whose go.mod pins the corpus modules, and the bundled examples
// module), offline once the modules are downloaded.
package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Relevant are packages that hold, or are, the code the rules are about: the
// SDK services whose operations the analyzers match (v2 and v1), real code
// outside the SDK that calls those operations, and the bundled examples.
var Relevant = []string{
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/...",
	"github.com/aws/aws-sdk-go-v2/service/sns/...",
	"github.com/aws/aws-sdk-go-v2/service/sqs/...",
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/...",
	"github.com/aws/aws-sdk-go-v2/service/glue/...",
	"github.com/aws/aws-sdk-go-v2/service/sfn/...",
	"github.com/aws/aws-sdk-go-v2/service/s3/...",
	"github.com/aws/aws-sdk-go-v2/service/lambda/...",
	"github.com/aws/aws-sdk-go/service/cloudwatch/...",
	"github.com/aws/aws-sdk-go/service/sns/...",
	"github.com/aws/aws-sdk-go/service/sqs/...",
	"github.com/aws/aws-sdk-go/service/dynamodb/...",
	"github.com/aws/aws-sdk-go/service/glue/...",
	"github.com/aws/aws-sdk-go/service/sfn/...",
	"github.com/aws/aws-sdk-go/service/s3/...",
	"github.com/aws/aws-sdk-go/service/lambda/...",
	"github.com/go-kit/kit/metrics/cloudwatch",
	"github.com/go-kit/kit/metrics/cloudwatch2",
	"github.com/guregu/dynamo/v2/...",
	"github.com/tracelint/tracelint/examples/...",
}

// Irrelevant are large packages unrelated to the rules: the biggest SDK v2
// service and the core of SDK v1.
var Irrelevant = []string{
	"github.com/aws/aws-sdk-go-v2/service/ec2/...",
	"github.com/aws/aws-sdk-go/aws/...",
	"github.com/aws/aws-sdk-go/private/protocol/...",
}

// All returns every corpus pattern.
func All() []string { return append(append([]string(nil), Relevant...), Irrelevant...) }

// Light is the part of the corpus the bounded robustness check covers: the
// relevant packages without the v1 services, whose generated API files are
// the slowest to load.
func Light() []string {
	var out []string
	for _, p := range Relevant {
		if !strings.HasPrefix(p, "github.com/aws/aws-sdk-go/") {
			out = append(out, p)
		}
	}
	return out
}

// Dirs are the bench module and the tracelint repository root.
type Dirs struct {
	Bench, Root string
}

// Find locates the bench module from the working directory or one of its
// parents (the runner runs in bench/, tests in bench/<pkg>/).
func Find() (Dirs, error) {
	dir, err := os.Getwd()
	if err != nil {
		return Dirs{}, err
	}
	for {
		mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(mod, []byte("module github.com/tracelint/tracelint/bench\n")) {
			return Dirs{Bench: dir, Root: filepath.Dir(dir)}, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return Dirs{}, errors.New("not inside the tracelint bench module")
		}
		dir = parent
	}
}

// Env is the environment every measured or checked command runs in: the
// bench workspace, offline (the modules are downloaded first), with no
// GOFLAGS from the caller, and tracelint's result cache off (every run
// analyses, as the measurements and the determinism check need).
func (d Dirs) Env(extra ...string) []string {
	env := append(cleanEnv(), "GOWORK="+filepath.Join(d.Bench, "go.work"), "GOPROXY=off", "GOFLAGS=-buildvcs=false", "TRACELINT_CACHE=off")
	return append(env, extra...)
}

// cleanEnv is the caller's environment without the variables the bench
// sets itself.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch k, _, _ := strings.Cut(kv, "="); k {
		case "GOWORK", "GOFLAGS", "GOPROXY", "GOCACHE", "NOOP_MODE", "TRACELINT_CACHE":
			continue
		}
		env = append(env, kv)
	}
	return env
}

// Download fetches the corpus modules (the only step that needs the network).
func (d Dirs) Download() error {
	for _, dir := range []string{d.Bench, filepath.Join(d.Root, "examples")} {
		cmd := exec.Command("go", "mod", "download")
		cmd.Dir = dir
		cmd.Env = append(d.Env(), "GOPROXY="+proxy())
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go mod download in %s: %w\n%s", dir, err, out)
		}
	}
	return nil
}

func proxy() string {
	if p := os.Getenv("GOPROXY"); p != "" {
		return p
	}
	return "https://proxy.golang.org,direct"
}

// Build builds tracelint from the repository root (the product, with the
// root module's dependency versions) and the floor binary from the bench
// module into dir, and checks that both link the same golang.org/x/tools.
func (d Dirs) Build(dir string) (tracelint, noop string, err error) {
	tracelint, noop = filepath.Join(dir, "tracelint"), filepath.Join(dir, "noop")
	for _, b := range []struct{ dir, out, pkg string }{
		{d.Root, tracelint, "./cmd/tracelint"},
		{d.Bench, noop, "./cmd/noop"},
	} {
		cmd := exec.Command("go", "build", "-o", b.out, b.pkg)
		cmd.Dir = b.dir
		cmd.Env = d.Env("GOPROXY=" + proxy())
		if b.dir == d.Root {
			cmd.Env = append(cmd.Env, "GOWORK=off")
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", "", fmt.Errorf("go build %s: %w\n%s", b.pkg, err, out)
		}
	}
	tv, err := ModuleVersion(tracelint, "golang.org/x/tools")
	if err != nil {
		return "", "", err
	}
	nv, err := ModuleVersion(noop, "golang.org/x/tools")
	if err != nil {
		return "", "", err
	}
	if tv != nv {
		return "", "", fmt.Errorf("tracelint links golang.org/x/tools %s but the floor links %s: align bench/go.mod", tv, nv)
	}
	return tracelint, noop, nil
}

// ModuleVersion returns the version of module path linked into a binary.
func ModuleVersion(binary, path string) (string, error) {
	out, err := exec.Command("go", "version", "-m", binary).Output()
	if err != nil {
		return "", fmt.Errorf("go version -m %s: %w", binary, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) >= 3 && (f[0] == "dep" || f[0] == "=>") && f[1] == path {
			return f[2], nil
		}
	}
	return "", fmt.Errorf("%s does not link %s", binary, path)
}

// List expands patterns to package import paths, in go list order.
func (d Dirs) List(patterns ...string) ([]string, error) {
	cmd := exec.Command("go", append([]string{"list"}, patterns...)...)
	cmd.Dir = d.Bench
	cmd.Env = d.Env()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %w\n%s", err, stderr.Bytes())
	}
	return strings.Fields(string(out)), nil
}
