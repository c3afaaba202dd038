package main

import (
	"strings"
	"testing"
)

func TestIsVetInvocation(t *testing.T) {
	for args, want := range map[string]bool{
		"-V=full": true,
		"-flags":  true,
		"--flags": true,
		"-metricdims.dimensions=RunId /tmp/go-build1/b001/vet.cfg": true,
		"/tmp/go-build1/b001/vet.cfg":                              true,
		"./...":                                                    false,
		"-sarif=out.sarif ./...":                                   false,
		"-json ./...":                                              false,
		"":                                                         false,
		"-metricdims.flags-like=1 ./...":                           false,
	} {
		if got := isVetInvocation(strings.Fields(args)); got != want {
			t.Errorf("isVetInvocation(%q) = %v, want %v", args, got, want)
		}
	}
}
