package main

import "strings"

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
