package main

import (
	"fmt"
	"strings"
)

// output is what the pre-scan of the command line found: the output options
// that tracelint adds to the multichecker's own flags.
type output struct {
	sarif     bool   // write SARIF (-sarif=FILE or -format=sarif)
	sarifFile string // "" or "-": standard output
	root      string // -sarif-root: directory URIs are relative to ("" = find the repository root)
}

// isVetInvocation reports whether go vet runs tracelint as a vet tool: the
// version and flag probes (-V=full, -flags) and the per-package run, whose
// last argument is the unitchecker configuration file. Those go straight to
// multichecker.Main, whatever else the arguments hold.
func isVetInvocation(args []string) bool {
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") {
		return true
	}
	for _, arg := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && (name == "V" || name == "flags") {
			return true
		}
	}
	return false
}

// scanArgs takes tracelint's output options out of args, leaving the
// arguments for the multichecker in rest, in order:
//
//	-sarif=FILE | -sarif FILE   SARIF 2.1.0 to FILE ("-": standard output)
//	-format=sarif|json|text     SARIF on standard output | -json | the default
//	-sarif-root=DIR             make SARIF URIs relative to DIR
//
// Flags may be spelled with one or two dashes; arguments after "--" are
// left alone. The multichecker flags that do not mix with SARIF (-json,
// -fix, -diff) are rejected together with it.
func scanArgs(args []string) (out output, rest []string, err error) {
	rest = make([]string, 0, len(args))
	format := ""
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			rest = append(rest, arg)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-"), "=")
		switch name {
		case "sarif", "format", "sarif-root":
		default:
			rest = append(rest, arg)
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return output{}, nil, fmt.Errorf("flag needs an argument: -%s", name)
			}
			i++
			value = args[i]
		}
		if value == "" {
			return output{}, nil, fmt.Errorf("flag -%s needs a non-empty value", name)
		}
		switch name {
		case "sarif":
			out.sarif, out.sarifFile = true, value
		case "sarif-root":
			out.root = value
		case "format":
			format = value
		}
	}
	switch format {
	case "", "text":
	case "sarif":
		out.sarif = true
	case "json":
		if out.sarif {
			return output{}, nil, fmt.Errorf("-format=json cannot be combined with -sarif")
		}
		rest = append([]string{"-json"}, rest...)
	default:
		return output{}, nil, fmt.Errorf("invalid value %q for flag -format: want text, json or sarif", format)
	}
	if out.root != "" && !out.sarif {
		return output{}, nil, fmt.Errorf("-sarif-root needs -sarif=FILE or -format=sarif")
	}
	if out.sarif {
		for _, arg := range rest {
			if arg == "--" {
				break
			}
			name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
			if strings.HasPrefix(arg, "-") && (name == "json" || name == "fix" || name == "diff") {
				return output{}, nil, fmt.Errorf("SARIF output cannot be combined with -%s", name)
			}
		}
	}
	return out, rest, nil
}
