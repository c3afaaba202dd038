# tracelint: the two commands a newcomer needs are `make demo` and `make test`;
# `make help` lists the others.
GO              ?= go
GOLANGCI_VERSION := v2.15.0
BIN             := $(CURDIR)/bin
TRACELINT       := $(BIN)/tracelint
FUZZTIME        ?= 5s
# Every go test run gets an explicit budget per package (go test's default
# is 10m); the slowest packages, cmd/tracelint and plugin, must stay well
# under it on 2 cores.
TEST_TIMEOUT    ?= 15m
# gopls v0.23.0 is the newest gopls that builds with Go 1.26 (v0.24.0 needs
# Go 1.27); it pins golang.org/x/tools v0.47.1-0.20260707181000-a299dadba899,
# which the analyzers must compile against.
GOPLS_VERSION   ?= v0.23.0
# golangci-lint and gopls built from module-proxy sources with tracelint
# linked in (no github.com access needed); rebuilt when our sources change
# (a binary carries the time its build started, so an edit made during the
# build makes it stale).
GOLANGCI_CUSTOM := $(BIN)/golangci-lint-tracelint-$(GOLANGCI_VERSION)
GOPLS_CUSTOM    := $(BIN)/gopls-tracelint-$(GOPLS_VERSION)
WORK            := $(BIN)/work
PLUGIN_SRCS     := go.mod go.sum $(shell find analyzers plugin -name '*.go' ! -name '*_test.go' ! -path '*/testdata/*' 2>/dev/null)
# The environment of the custom builds: a go.work above the checkout must not
# leak in, and VCS stamping of the copied sources is pointless.
BUILD_ENV       := GOWORK=off GOFLAGS=-buildvcs=false

.PHONY: all help build install test unit deps demo lint fuzz clean golangci gopls

all: build

help: ## list the targets
	@echo "make targets (variables: GO, FUZZTIME, TEST_TIMEOUT, ROBUST, BENCHFLAGS, GOPLS_VERSION):"
	@awk 'BEGIN { FS = ":.*## " } /^[a-z]+:.*## / { printf "  %-9s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

build: ## build bin/tracelint
	$(GO) build -o $(TRACELINT) ./cmd/tracelint

install: ## go install ./cmd/tracelint (into $GOBIN or ~/go/bin)
	$(GO) install ./cmd/tracelint

# analysistest loads module-mode testdata with GOPROXY=off, so the modules it
# needs must be in the module cache first.
deps: ## download the modules the tests load offline (module cache)
	$(GO) mod download
	@set -e; for m in testdata/*/go.mod examples/go.mod; do \
		echo "go mod download in $$(dirname $$m)"; (cd $$(dirname $$m) && $(GO) mod download); \
	done

# The whole suite: vet, unit and integration tests, brief fuzzing, the
# bounded robustness sweep, the demo and the linter over our own code.
# The custom golangci-lint and gopls are built first so that their
# integration tests (plugin/, cmd/tracelint/) run instead of skipping.
test: deps golangci gopls ## everything: vet, all tests with integration, fuzz, robust, demo, lint
	$(GO) vet ./...
	TRACELINT_INTEGRATION=1 TRACELINT_GOLANGCI=$(GOLANGCI_CUSTOM) TRACELINT_GOPLS=$(GOPLS_CUSTOM) \
		$(GO) test -count=1 -timeout $(TEST_TIMEOUT) ./...
	$(MAKE) fuzz
	$(MAKE) robust ROBUST=ci
	$(MAKE) demo
	$(MAKE) lint

unit: ## go test ./... without building the custom binaries (their tests skip)
	$(GO) test -timeout $(TEST_TIMEOUT) ./...

# Every fuzz target of every package, briefly (seed corpora under
# testdata/fuzz run as part of `go test` too); longer with FUZZTIME=5m.
# Go 1.26's fuzz coordinator can fail a target with a bare "context deadline
# exceeded" when -fuzztime runs out (go.dev/issue/75804, fixed in Go 1.27):
# such a run, with no failing input written and no panic, counts as passed
# once the target's corpus replays cleanly; any other failure fails.
FUZZLOG         := $(BIN)/fuzz.log
fuzz: ## every fuzz target briefly (FUZZTIME=5s)
	@set -e; mkdir -p $(BIN); for pkg in $$($(GO) list ./...); do \
		list=$$($(GO) test -list '^Fuzz' $$pkg) || { echo "$$list"; echo "fuzz: cannot list the fuzz targets of $$pkg"; exit 1; }; \
		for name in $$(echo "$$list" | grep '^Fuzz' || true); do \
			echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
			if $(GO) test -run='^$$' -fuzz="^$$name$$" -fuzztime=$(FUZZTIME) $$pkg > $(FUZZLOG) 2>&1; then \
				cat $(FUZZLOG); \
			else \
				cat $(FUZZLOG); \
				if grep -q 'context deadline exceeded' $(FUZZLOG) && ! grep -q -e 'Failing input written' -e 'panic:' $(FUZZLOG); then \
					echo "fuzz $$name: deadline race of the Go fuzz coordinator (go.dev/issue/75804), no failing input; replaying the corpus"; \
					$(GO) test -count=1 -timeout $(TEST_TIMEOUT) -run="^$$name$$" $$pkg; \
				else \
					exit 1; \
				fi; \
			fi; \
		done; \
	done

# Speed on real code, written to bench/RESULTS.md: tracelint against the
# loading floor (a no-op multichecker), go vet and go vet -vettool on the
# benchmark corpus (bench/, its own module), growth, analyzer hot paths.
# About 20 minutes on 2 cores for the SDK corpus, 10-15 minutes per
# application module (-apps); e.g. BENCHFLAGS='-rounds 3 -cold=false'.
.PHONY: bench robust
bench: ## speed on real code into bench/RESULTS.md (about an hour)
	cd bench && $(GO) run ./cmd/runner $(BENCHFLAGS)

# Robustness: every analyzer in strict mode over all of std, the whole
# benchmark corpus and every application module (twice: no panic, no
# analyzer error, identical findings), and bad input (type errors, cgo,
# generics, build tags, huge generated files, malformed flag values).
# `make test` runs the bounded form (ROBUST=ci: a fixed std subset, the
# light corpus and one application module, snsctl), after vetting the
# bench module and running each hot-path benchmark once, so the benchmark
# cannot rot between measurements.
ROBUST ?= full
robust: ## every analyzer, strict, over std, the corpus and the apps (ROBUST=ci: a few minutes)
	cd bench && $(GO) vet ./...
	cd bench && $(GO) test -count=1 -timeout $(TEST_TIMEOUT) -run '^$$' -bench . -benchtime 1x ./hotpath
	cd bench && ROBUST=$(ROBUST) $(GO) test -count=1 -timeout 60m ./robust/

# tracelint on the bundled example module: prints its findings. Exit status 3
# (findings) is what the demo expects; anything else is a failure.
demo: build ## run tracelint on examples/ (findings expected)
	@echo "== tracelint ./... in examples/"
	@cd examples && $(TRACELINT) ./...; status=$$?; \
	if [ $$status -eq 3 ]; then echo "== findings reported as expected (exit 3)"; \
	else echo "== unexpected exit status $$status (want 3: findings)"; exit 1; fi

# The custom golangci-lint is a golangci-lint with one more linter, which
# .golangci.yml does not enable: it lints this code as the stock release
# would, so lint reuses it instead of building a second binary. It is only
# built when missing (an order-only prerequisite): linting does not need
# the plugin to be current.
lint: | $(GOLANGCI_CUSTOM) ## golangci-lint (.golangci.yml) over this module
	$(GOLANGCI_CUSTOM) run ./...

# A golangci-lint with the tracelint module plugin (plugin/), built the way
# `golangci-lint custom` builds one (.custom-gcl.yml) but from the module
# proxy instead of a git clone: copy the release source, add the plugin's
# import to cmd/golangci-lint/plugins.go, replace the plugin module with this
# checkout, tidy, build. Fails if that would raise golang.org/x/tools above
# the version golangci-lint requires.
golangci: $(GOLANGCI_CUSTOM) ## build bin/golangci-lint-tracelint-* (golangci-lint with the plugin)

$(GOLANGCI_CUSTOM): $(PLUGIN_SRCS)
	@set -e; \
	src=$$($(GO) mod download -json github.com/golangci/golangci-lint/v2@$(GOLANGCI_VERSION) | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$$/\1/p'); \
	test -d "$$src" || { echo "golangci-lint $(GOLANGCI_VERSION) source not found in the module cache"; exit 1; }; \
	work=$(WORK)/golangci-lint-$(GOLANGCI_VERSION); \
	echo "== building $@ from $$src"; mkdir -p $(WORK); touch $@.start; \
	rm -rf $$work; cp -R $$src $$work; chmod -R u+w $$work; \
	printf '%s\n' 'package main' '' '// Module plugins (written by tracelint'"'"'s make golangci).' '' \
		'import _ "github.com/tracelint/tracelint/plugin"' > $$work/cmd/golangci-lint/plugins.go; \
	cd $$work; \
	tools=$$($(BUILD_ENV) $(GO) list -m -f '{{.Version}}' golang.org/x/tools); \
	$(BUILD_ENV) $(GO) mod edit -require=github.com/tracelint/tracelint@v0.0.0 -replace=github.com/tracelint/tracelint=$(CURDIR); \
	$(BUILD_ENV) $(GO) mod tidy; \
	now=$$($(BUILD_ENV) $(GO) list -m -f '{{.Version}}' golang.org/x/tools); \
	test "$$now" = "$$tools" || { echo "tracelint raises golang.org/x/tools from $$tools to $$now: keep it at $$tools"; exit 1; }; \
	$(BUILD_ENV) $(GO) build -ldflags='-s -w -X main.version=$(GOLANGCI_VERSION)-tracelint' -o $@.tmp ./cmd/golangci-lint; \
	mv $@.tmp $@; touch -r $@.start $@; rm -f $@.start; echo "== built $@"

# A gopls that runs the tracelint analyzers (gopls cannot load third-party
# analyzers): the release source from the module proxy, the analyzers of
# analyzers.InGoFiles() appended to its analyzer list in internal/settings, and
# golang.org/x/tools replaced by the version this gopls pins (so the
# analyzers compile against it), then go build.
gopls: $(GOPLS_CUSTOM) ## build bin/gopls-tracelint-* (gopls with the analyzers)

$(GOPLS_CUSTOM): $(PLUGIN_SRCS)
	@set -e; \
	src=$$($(GO) mod download -json golang.org/x/tools/gopls@$(GOPLS_VERSION) | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$$/\1/p'); \
	test -d "$$src" || { echo "gopls $(GOPLS_VERSION) source not found in the module cache"; exit 1; }; \
	work=$(WORK)/gopls-$(GOPLS_VERSION); \
	echo "== building $@ from $$src"; mkdir -p $(WORK); touch $@.start; \
	rm -rf $$work; cp -R $$src $$work; chmod -R u+w $$work; \
	printf '%s\n' '// Written by tracelint'"'"'s make gopls: the tracelint analyzers join' \
		'// gopls'"'"'s analyzer list (enabled, warning severity).' '' 'package settings' '' \
		'import "github.com/tracelint/tracelint/analyzers"' '' 'func init() {' \
		'	for _, a := range analyzers.InGoFiles() {' '		AllAnalyzers = append(AllAnalyzers, &Analyzer{analyzer: a})' '	}' '}' \
		> $$work/internal/settings/tracelint.go; \
	cd $$work; \
	tools=$$($(BUILD_ENV) $(GO) list -m -f '{{.Version}}' golang.org/x/tools); \
	$(BUILD_ENV) $(GO) mod edit -require=github.com/tracelint/tracelint@v0.0.0 -replace=github.com/tracelint/tracelint=$(CURDIR) \
		-replace=golang.org/x/tools=golang.org/x/tools@$$tools; \
	$(BUILD_ENV) $(GO) mod tidy; \
	$(BUILD_ENV) $(GO) build -ldflags='-s -w' -o $@.tmp .; \
	mv $@.tmp $@; touch -r $@.start $@; rm -f $@.start; echo "== built $@ (golang.org/x/tools $$tools)"

clean: ## remove bin/
	rm -rf $(BIN)
