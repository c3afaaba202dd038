package shapes

import "fmt"

type bin struct {
	value float64
	count float64
}

// Histogram renders itself as a string grown in nested loops (as
// VividCortex/gohistogram does): computing its fact must stay cheap. It once
// took a minute through repeated expansion of the cycles.
type Histogram struct {
	bins  []bin
	total uint64
}

func (h *Histogram) String() (str string) { // want String:"fields\\(Total\\)$"
	str += fmt.Sprintln("Total:", h.total)
	for i := range h.bins {
		var bar string
		for j := 0; j < int(h.bins[i].count/float64(h.total)*200); j++ {
			bar += "."
		}
		str += fmt.Sprintln(h.bins[i].value, "\t", bar)
	}
	return
}

func (h *Histogram) Weighted() (str string) { // want Weighted:"fields\\(Total\\) incomplete$"
	str += fmt.Sprintln("Total:", h.total)
	for i := range h.bins {
		var bar string
		for j := 0; j < int(h.bins[i].count/float64(h.total)*200); j++ {
			bar += "."
		}
		str += fmt.Sprintln(h.bins[i].value, "\t", bar)
		str += fmt.Sprintf("%d: %s\n", i, bar)
	}
	return
}
