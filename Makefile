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
	cd testdata/mod && $(GO) mod download
	cd examples && $(GO) mod download

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

# Every fuzz target, briefly; longer with `make fuzz FUZZTIME=5m`.
FUZZ_TARGETS := \
	./analyzers/internal/naming:FuzzWords \
	./analyzers/internal/options:FuzzSplitList
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
		$(GO) test -run='^$$' -fuzz="^$$name$$" -fuzztime=$(FUZZTIME) $$pkg; \
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
