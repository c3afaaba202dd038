# tracelint: the two commands a newcomer needs are `make demo` and `make test`.
GO              ?= go
GOLANGCI_VERSION := v2.15.0
BIN             := $(CURDIR)/bin
TRACELINT       := $(BIN)/tracelint
GOLANGCI        := $(BIN)/golangci-lint
FUZZTIME        ?= 5s

.PHONY: all build install test unit deps demo lint fuzz clean

all: build

build:
	$(GO) build -o $(TRACELINT) ./cmd/tracelint

install:
	$(GO) install ./cmd/tracelint

# analysistest loads module-mode testdata with GOPROXY=off, so the modules it
# needs must be in the module cache first.
deps:
	$(GO) mod download
	@set -e; for m in testdata/*/go.mod examples/go.mod; do \
		echo "go mod download in $$(dirname $$m)"; (cd $$(dirname $$m) && $(GO) mod download); \
	done

# The whole suite: vet, unit and integration tests, brief fuzzing, the demo
# and the linter over our own code.
test: deps
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(MAKE) fuzz
	$(MAKE) demo
	$(MAKE) lint

unit:
	$(GO) test ./...

# Every fuzz target of every package, briefly (seed corpora under
# testdata/fuzz run as part of `go test` too); longer with FUZZTIME=5m.
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
		for name in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
			$(GO) test -run='^$$' -fuzz="^$$name$$" -fuzztime=$(FUZZTIME) $$pkg; \
		done; \
	done

# tracelint on the bundled example module: prints its findings. Exit status 3
# (findings) is what the demo expects; anything else is a failure.
demo: build
	@echo "== tracelint ./... in examples/"
	@cd examples && $(TRACELINT) ./...; status=$$?; \
	if [ $$status -eq 3 ]; then echo "== findings reported as expected (exit 3)"; \
	else echo "== unexpected exit status $$status (want 3: findings)"; exit 1; fi

$(GOLANGCI):
	GOBIN=$(BIN) $(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_VERSION)

lint: $(GOLANGCI)
	$(GOLANGCI) run ./...

clean:
	rm -rf $(BIN)
