package options

// IsListFlag marks the comma-separated list flags for drivers that turn
// structured settings into flag syntax: the golangci-lint plugin joins a
// YAML list with commas for a flag whose value has this method (found, like
// the flag package's IsBoolFlag, through an interface assertion, so it is
// also promoted to flag types that embed these).
func (l *List) IsListFlag() bool { return true }

// IsListFlag marks Alternatives as a list flag; see List.IsListFlag.
func (a *Alternatives) IsListFlag() bool { return true }
