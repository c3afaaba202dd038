package shapes

import "fmt"

// buildReport grows a string in nested loops: evaluating it must stay cheap
// (it once took a minute through repeated expansion of the cycle).
func buildReport(rows [][]string) (out string) {
	out += fmt.Sprintln("report")
	for i := range rows {
		var line string
		for j := range rows[i] {
			line += rows[i][j] + ","
			line += fmt.Sprint(j)
		}
		out += fmt.Sprintln(i, "\t", line)
		out += fmt.Sprintf("%d %s\n", i, out)
	}
	return
}

// BuildReport is exported, so a fact is computed for it.
func BuildReport(rows [][]string) string { return buildReport(rows) + buildReport(rows) } // want BuildReport:"fields\\(\\)"
