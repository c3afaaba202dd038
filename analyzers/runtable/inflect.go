package runtable

import (
	"regexp"
	"strings"
)

// The default table names of gorm and bun, computed as the libraries do
// (gorm.io/gorm/schema NamingStrategy.TableName, bun's
// internal.Underscore, and github.com/jinzhu/inflection's Plural, which
// both use), so that a model type PipelineRun is known to be the table
// pipeline_runs.

// gormInitialisms are the initialisms gorm's toDBName keeps as one word
// (schema/naming.go, commonInitialisms).
var gormInitialisms = []string{"API", "ASCII", "CPU", "CSS", "DNS", "EOF", "GUID", "HTML", "HTTP", "HTTPS", "ID", "IP", "JSON", "LHS", "QPS", "RAM", "RHS", "RPC", "SLA", "SMTP", "SSH", "TLS", "TTL", "UID", "UI", "UUID", "URI", "URL", "UTF8", "VM", "XML", "XSRF", "XSS"}

var gormInitialismsReplacer = func() *strings.Replacer {
	pairs := make([]string, 0, 2*len(gormInitialisms))
	for _, s := range gormInitialisms {
		pairs = append(pairs, s, s[:1]+strings.ToLower(s[1:]))
	}
	return strings.NewReplacer(pairs...)
}()

// gormDBName is gorm's NamingStrategy.toDBName (without a NameReplacer):
// "PipelineRun" → "pipeline_run", "HTTPJobRun" → "http_job_run".
func gormDBName(name string, noLowerCase bool) string {
	if name == "" || noLowerCase {
		return name
	}
	value := gormInitialismsReplacer.Replace(name)
	var buf strings.Builder
	var lastCase, nextCase, nextNumber bool
	curCase := value[0] <= 'Z' && value[0] >= 'A'
	for i, v := range value[:len(value)-1] {
		nextCase = value[i+1] <= 'Z' && value[i+1] >= 'A'
		nextNumber = value[i+1] >= '0' && value[i+1] <= '9'
		if curCase {
			if lastCase && (nextCase || nextNumber) {
				buf.WriteRune(v + 32)
			} else {
				if i > 0 && value[i-1] != '_' && value[i+1] != '_' {
					buf.WriteByte('_')
				}
				buf.WriteRune(v + 32)
			}
		} else {
			buf.WriteRune(v)
		}
		lastCase = curCase
		curCase = nextCase
	}
	if curCase {
		if !lastCase && len(value) > 1 {
			buf.WriteByte('_')
		}
		buf.WriteByte(value[len(value)-1] + 32)
	} else {
		buf.WriteByte(value[len(value)-1])
	}
	return buf.String()
}

// bunUnderscore is bun's internal.Underscore: "PipelineRun" →
// "pipeline_run".
func bunUnderscore(s string) string {
	isUpper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	isLower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	r := make([]byte, 0, len(s)+5)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUpper(c) {
			if i > 0 && i+1 < len(s) && (isLower(s[i-1]) || isLower(s[i+1])) {
				r = append(r, '_', c+32)
			} else {
				r = append(r, c+32)
			}
		} else {
			r = append(r, c)
		}
	}
	return string(r)
}

type inflection struct {
	re      *regexp.Regexp
	replace string
}

// pluralRules are jinzhu/inflection's compiled plural rules, in the order it
// tries them: uncountables, irregulars, then the regular rules from the last
// to the first, each upper-case, as written and case-insensitive.
var pluralRules = func() []inflection {
	var out []inflection
	for _, u := range []string{"equipment", "information", "rice", "money", "species", "series", "fish", "sheep", "jeans", "police"} {
		out = append(out, inflection{regexp.MustCompile("^(?i)(" + u + ")$"), "${1}"})
	}
	for _, ir := range [][2]string{{"person", "people"}, {"man", "men"}, {"child", "children"}, {"sex", "sexes"}, {"move", "moves"}, {"mombie", "mombies"}} {
		title := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
		out = append(out,
			inflection{regexp.MustCompile(strings.ToUpper(ir[0]) + "$"), strings.ToUpper(ir[1])},
			inflection{regexp.MustCompile(title(ir[0]) + "$"), title(ir[1])},
			inflection{regexp.MustCompile(ir[0] + "$"), ir[1]},
		)
	}
	regular := [][2]string{
		{"([a-z])$", "${1}s"},
		{"s$", "s"},
		{"^(ax|test)is$", "${1}es"},
		{"(octop|vir)us$", "${1}i"},
		{"(octop|vir)i$", "${1}i"},
		{"(alias|status)$", "${1}es"},
		{"(bu)s$", "${1}ses"},
		{"(buffal|tomat)o$", "${1}oes"},
		{"([ti])um$", "${1}a"},
		{"([ti])a$", "${1}a"},
		{"sis$", "ses"},
		{"(?:([^f])fe|([lr])f)$", "${1}${2}ves"},
		{"(hive)$", "${1}s"},
		{"([^aeiouy]|qu)y$", "${1}ies"},
		{"(x|ch|ss|sh)$", "${1}es"},
		{"(matr|vert|ind)(?:ix|ex)$", "${1}ices"},
		{"^(m|l)ouse$", "${1}ice"},
		{"^(m|l)ice$", "${1}ice"},
		{"^(ox)$", "${1}en"},
		{"^(oxen)$", "${1}"},
		{"(quiz)$", "${1}zes"},
	}
	for i := len(regular) - 1; i >= 0; i-- {
		find, replace := regular[i][0], regular[i][1]
		out = append(out,
			inflection{regexp.MustCompile(strings.ToUpper(find)), strings.ToUpper(replace)},
			inflection{regexp.MustCompile(find), replace},
			inflection{regexp.MustCompile("(?i)" + find), replace},
		)
	}
	return out
}()

// plural is jinzhu/inflection's Plural: "pipeline_run" → "pipeline_runs",
// "job_status" → "job_statuses", "run_history" → "run_histories".
func plural(s string) string {
	for _, in := range pluralRules {
		if in.re.MatchString(s) {
			return in.re.ReplaceAllString(s, in.replace)
		}
	}
	return s
}
