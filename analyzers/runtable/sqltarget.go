package runtable

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A SQLTarget is a table that a SQL (or DynamoDB PartiQL) statement creates
// or writes.
type SQLTarget struct {
	// Verb names the statement: INSERT, UPDATE, DELETE, MERGE, REPLACE,
	// UPSERT, COPY, CREATE TABLE or ALTER TABLE.
	Verb string
	// Parts are the parts of the table's name, unquoted: "etl"."job_runs"
	// is ["etl" "job_runs"]. The last part is the table itself.
	Parts []string
	// Columns are the columns the statement names for the table, unquoted:
	// those a CREATE TABLE defines, those an INSERT lists. Nil when the
	// statement does not list them (INSERT ... VALUES without a column
	// list, CREATE TABLE ... AS SELECT, CREATE TABLE ... (LIKE t)).
	Columns []string
	// Offset is the byte offset in the text of the first keyword of the
	// statement that writes the table.
	Offset int
}

// Name returns the table's name with its parts joined by dots.
func (t SQLTarget) Name() string { return strings.Join(t.Parts, ".") }

// Creates reports whether the statement creates the table.
func (t SQLTarget) Creates() bool { return t.Verb == "CREATE TABLE" }

// SQLTargets returns the tables the write statements of sql create or write,
// in order. sql may hold several statements separated by semicolons; reads
// (SELECT, ...) and statements that drop or rename tables have no targets.
//
// Only as much SQL is parsed as it takes to find a statement's target table:
// comments (-- and nested /* */), string literals ('...' with ” escapes,
// E'...' with backslash escapes, $tag$...$tag$), quoted identifiers ("..",
// `..`, [..]) and schema-qualified names, in any letter case. The statements
// recognised:
//
//	INSERT [LOW_PRIORITY|DELAYED|HIGH_PRIORITY] [IGNORE] [OR <action>] [INTO|OVERWRITE] [TABLE] t
//	INSERT ALL|FIRST ... INTO t1 ... INTO t2 ...
//	REPLACE [INTO] t, UPSERT [INTO] t
//	UPDATE [LOW_PRIORITY] [IGNORE] [ONLY] t
//	DELETE [LOW_PRIORITY] [QUICK] [IGNORE] [TOP (n)] [FROM] [ONLY] t
//	MERGE [TOP (n)] [INTO] [ONLY] t
//	CREATE [OR REPLACE] [GLOBAL|LOCAL] [TEMP|TEMPORARY|UNLOGGED|EXTERNAL|TRANSIENT] TABLE [IF NOT EXISTS] t
//	ALTER TABLE [IF EXISTS] [ONLY] t
//	COPY [INTO] t [(columns)] FROM ...
//	WITH [RECURSIVE] cte AS (...), ... <statement>
//
// Data-modifying statements inside WITH clauses count too.
//
// Runes of the Unicode private use area (U+E000-U+F8FF) are taken as
// identifier characters, so that a caller can stand them in for parts of the
// text that are not known (a table name computed at run time).
func SQLTargets(sql string) []SQLTarget {
	toks := lex(sql)
	var out []SQLTarget
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i == len(toks) || toks[i].kind == tSym && toks[i].text == ";" {
			p := &parser{toks: toks[start:i]}
			for _, t := range p.statement(0) {
				t.Offset = toks[start].pos // a statement with a target has a first token
				out = append(out, t)
			}
			start = i + 1
		}
	}
	return out
}

type tokKind uint8

const (
	tWord   tokKind = iota // keyword or unquoted identifier, as written
	tQuoted                // quoted identifier, unquoted
	tString                // string literal (its text is not kept)
	tSym                   // any other single character
)

type tok struct {
	kind tokKind
	text string
	pos  int // byte offset in the text
}

// lex splits sql into tokens, dropping white space and comments.
func lex(s string) []tok {
	var out []tok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '-' && strings.HasPrefix(s[i:], "--"):
			if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
				i += j + 1
			} else {
				i = len(s)
			}
		case c == '/' && strings.HasPrefix(s[i:], "/*"):
			i = skipBlockComment(s, i)
		case c == '\'':
			start := i
			i = skipString(s, i+1, false)
			out = append(out, tok{kind: tString, pos: start})
		case c == '"' || c == '`':
			start := i
			var text string
			text, i = quoted(s, i+1, c)
			out = append(out, tok{kind: tQuoted, text: text, pos: start})
		case c == '[':
			start := i
			var text string
			text, i = quoted(s, i+1, ']')
			out = append(out, tok{kind: tQuoted, text: text, pos: start})
		case c == '$':
			if end, ok := dollarQuoted(s, i); ok {
				out = append(out, tok{kind: tString, pos: i})
				i = end
				continue
			}
			out = append(out, tok{kind: tSym, text: "$", pos: i})
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isIdentRune(r) || r == '$' {
				out = append(out, tok{kind: tSym, text: s[i : i+size], pos: i})
				i += size
				continue
			}
			j := i + size
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !isIdentRune(r) {
					break
				}
				j += size
			}
			word := s[i:j]
			if (word == "E" || word == "e") && j < len(s) && s[j] == '\'' {
				out = append(out, tok{kind: tString, pos: i})
				i = skipString(s, j+1, true) // E'...': backslash escapes
				continue
			}
			out = append(out, tok{kind: tWord, text: word, pos: i})
			i = j
		}
	}
	return out
}

// isIdentRune reports whether r can be part of an unquoted identifier or
// keyword: letters, digits, '_', '$' (not first) and the private use area.
func isIdentRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '$' || isPlaceholder(r)
}

// isPlaceholder reports whether r is in the Unicode private use area, which
// callers use to stand for unknown text.
func isPlaceholder(r rune) bool { return r >= 0xE000 && r <= 0xF8FF }

// skipBlockComment returns the index after the /* */ comment starting at i;
// comments nest, as in PostgreSQL and standard SQL.
func skipBlockComment(s string, i int) int {
	depth := 0
	for i < len(s) {
		switch {
		case strings.HasPrefix(s[i:], "/*"):
			depth++
			i += 2
		case strings.HasPrefix(s[i:], "*/"):
			depth--
			i += 2
			if depth == 0 {
				return i
			}
		default:
			i++
		}
	}
	return len(s)
}

// skipString returns the index after the string literal whose text starts
// at i (” is an escaped quote; with backslash, so is \').
func skipString(s string, i int, backslash bool) int {
	for i < len(s) {
		switch s[i] {
		case '\\':
			if backslash {
				i += 2
				continue
			}
		case '\'':
			if i+1 < len(s) && s[i+1] == '\'' {
				i += 2
				continue
			}
			return i + 1
		}
		i++
	}
	return len(s)
}

// quoted returns the text of a quoted identifier starting at i, closed by
// end (doubled to escape it), and the index after it.
func quoted(s string, i int, end byte) (string, int) {
	var b strings.Builder
	for i < len(s) {
		if s[i] == end {
			if i+1 < len(s) && s[i+1] == end {
				b.WriteByte(end)
				i += 2
				continue
			}
			return b.String(), i + 1
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String(), len(s)
}

// dollarQuoted reports whether a PostgreSQL dollar-quoted string ($$...$$,
// $tag$...$tag$) starts at i, and returns the index after it.
func dollarQuoted(s string, i int) (int, bool) {
	j := i + 1
	for j < len(s) && (s[j] == '_' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || j > i+1 && s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j >= len(s) || s[j] != '$' {
		return 0, false
	}
	tag := s[i : j+1]
	if k := strings.Index(s[j+1:], tag); k >= 0 {
		return j + 1 + k + len(tag), true
	}
	return len(s), true
}

// maxNesting bounds the WITH clauses followed into one another.
const maxNesting = 16

type parser struct {
	toks []tok
	i    int
}

func (p *parser) more() bool { return p.i < len(p.toks) }

// isKw reports whether the current token is the keyword kw.
func (p *parser) isKw(kw string) bool {
	return p.i < len(p.toks) && p.toks[p.i].kind == tWord && strings.EqualFold(p.toks[p.i].text, kw)
}

// kw consumes one of kws, if the current token is one, and returns it.
func (p *parser) kw(kws ...string) (string, bool) {
	for _, kw := range kws {
		if p.isKw(kw) {
			p.i++
			return kw, true
		}
	}
	return "", false
}

func (p *parser) isSym(sym string) bool {
	return p.i < len(p.toks) && p.toks[p.i].kind == tSym && p.toks[p.i].text == sym
}

func (p *parser) sym(sym string) bool {
	if p.isSym(sym) {
		p.i++
		return true
	}
	return false
}

// group consumes a parenthesised group and returns the tokens inside it.
func (p *parser) group() ([]tok, bool) {
	if !p.isSym("(") {
		return nil, false
	}
	start := p.i + 1
	depth := 0
	for ; p.i < len(p.toks); p.i++ {
		if p.toks[p.i].kind != tSym {
			continue
		}
		switch p.toks[p.i].text {
		case "(":
			depth++
		case ")":
			depth--
			if depth == 0 {
				p.i++
				return p.toks[start : p.i-1], true
			}
		}
	}
	return nil, false // unbalanced
}

// notNames are keywords that cannot start a table name where one is
// expected: their presence means the name is missing.
var notNames = map[string]bool{
	"SELECT": true, "VALUES": true, "VALUE": true, "SET": true, "WHERE": true, "FROM": true,
	"INTO": true, "ON": true, "USING": true, "AS": true, "DEFAULT": true, "TABLE": true,
	"WITH": true, "RETURNING": true, "ONLY": true, "IF": true, "TO": true,
}

// name consumes a possibly qualified table name.
func (p *parser) name() ([]string, bool) {
	var parts []string
	for {
		if !p.more() {
			return nil, false
		}
		t := p.toks[p.i]
		switch {
		case t.kind == tQuoted && t.text != "":
		case t.kind == tWord && !notNames[strings.ToUpper(t.text)]:
		default:
			return nil, false
		}
		parts = append(parts, t.text)
		p.i++
		if !p.isSym(".") || p.i+1 >= len(p.toks) || p.toks[p.i+1].kind != tWord && p.toks[p.i+1].kind != tQuoted {
			return parts, true
		}
		p.i++ // the dot
	}
}

// target consumes a table name and returns it as a target of verb.
func (p *parser) target(verb string) []SQLTarget {
	if parts, ok := p.name(); ok {
		return []SQLTarget{{Verb: verb, Parts: parts}}
	}
	return nil
}

// top consumes a T-SQL TOP (n) [PERCENT] clause.
func (p *parser) top() {
	save := p.i
	if _, ok := p.kw("TOP"); ok {
		if _, ok := p.group(); !ok {
			p.i = save
			return
		}
		p.kw("PERCENT")
	}
}

// statement parses one statement (without its semicolon).
func (p *parser) statement(depth int) []SQLTarget {
	if depth > maxNesting {
		return nil
	}
	verb, ok := p.kw("WITH", "INSERT", "REPLACE", "UPSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "ALTER", "COPY")
	if !ok {
		return nil
	}
	switch verb {
	case "WITH":
		return p.with(depth)
	case "INSERT":
		p.kw("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY")
		p.kw("IGNORE")
		if _, ok := p.kw("ALL", "FIRST"); ok {
			return p.multiInsert()
		}
		if _, ok := p.kw("OR"); ok {
			if _, ok := p.kw("REPLACE", "IGNORE", "ABORT", "FAIL", "ROLLBACK"); !ok {
				return nil
			}
		}
		p.kw("INTO", "OVERWRITE")
		p.kw("TABLE")
		targets := p.target("INSERT")
		if len(targets) == 1 {
			targets[0].Columns = p.insertColumns()
		}
		return targets
	case "REPLACE":
		p.kw("LOW_PRIORITY", "DELAYED")
		p.kw("INTO")
		return p.target("REPLACE")
	case "UPSERT":
		p.kw("INTO")
		return p.target("UPSERT")
	case "UPDATE":
		p.kw("LOW_PRIORITY")
		p.kw("IGNORE")
		p.kw("ONLY")
		return p.target("UPDATE")
	case "DELETE":
		p.kw("LOW_PRIORITY")
		p.kw("QUICK")
		p.kw("IGNORE")
		p.top()
		p.kw("FROM")
		p.kw("ONLY")
		return p.target("DELETE")
	case "MERGE":
		p.top()
		p.kw("INTO")
		p.kw("ONLY")
		return p.target("MERGE")
	case "CREATE":
		if _, ok := p.kw("OR"); ok {
			if _, ok := p.kw("REPLACE"); !ok {
				return nil
			}
		}
		p.kw("GLOBAL", "LOCAL")
		p.kw("TEMP", "TEMPORARY", "UNLOGGED", "EXTERNAL", "TRANSIENT", "VOLATILE")
		if _, ok := p.kw("TABLE"); !ok {
			return nil // CREATE INDEX, VIEW, ...
		}
		if _, ok := p.kw("IF"); ok {
			if _, ok := p.kw("NOT"); !ok {
				return nil
			}
			if _, ok := p.kw("EXISTS"); !ok {
				return nil
			}
		}
		targets := p.target("CREATE TABLE")
		if len(targets) == 1 {
			targets[0].Columns = p.definedColumns()
		}
		return targets
	case "ALTER":
		if _, ok := p.kw("TABLE"); !ok {
			return nil
		}
		if _, ok := p.kw("IF"); ok {
			if _, ok := p.kw("EXISTS"); !ok {
				return nil
			}
		}
		p.kw("ONLY")
		return p.target("ALTER TABLE")
	case "COPY":
		p.kw("INTO")
		targets := p.target("COPY")
		if targets == nil {
			return nil
		}
		p.group() // column list
		if _, ok := p.kw("FROM"); !ok {
			return nil // COPY t TO ...: a read
		}
		return targets
	}
	return nil
}

// tableConstraints start the elements of a CREATE TABLE list that are not
// columns.
var tableConstraints = map[string]bool{
	"CONSTRAINT": true, "PRIMARY": true, "UNIQUE": true, "FOREIGN": true, "CHECK": true,
	"INDEX": true, "KEY": true, "EXCLUDE": true, "FULLTEXT": true, "SPATIAL": true, "PERIOD": true,
}

// definedColumns parses the (column definitions, constraints) list of
// CREATE TABLE t and returns the columns' names; nil when there is no list
// or it takes columns from elsewhere (LIKE t).
func (p *parser) definedColumns() []string {
	body, ok := p.group()
	if !ok {
		return nil
	}
	cols := []string{}
	for _, elt := range splitTop(body) {
		if len(elt) == 0 {
			continue
		}
		first := elt[0]
		switch {
		case first.kind == tQuoted && first.text != "":
		case first.kind == tWord && strings.EqualFold(first.text, "LIKE"):
			return nil
		case first.kind == tWord && !tableConstraints[strings.ToUpper(first.text)]:
		default:
			continue
		}
		cols = append(cols, first.text)
	}
	return cols
}

// insertColumns parses the (a, b, c) column list of INSERT INTO t, if there
// is one of plain names.
func (p *parser) insertColumns() []string {
	save := p.i
	body, ok := p.group()
	if !ok {
		return nil
	}
	var cols []string
	for _, elt := range splitTop(body) {
		if len(elt) != 1 || elt[0].kind != tWord && elt[0].kind != tQuoted || elt[0].text == "" ||
			elt[0].kind == tWord && notNames[strings.ToUpper(elt[0].text)] {
			p.i = save // INSERT INTO t (SELECT ...): not a column list
			return nil
		}
		cols = append(cols, elt[0].text)
	}
	return cols
}

// splitTop splits tokens at the commas outside parentheses.
func splitTop(toks []tok) [][]tok {
	var out [][]tok
	depth, start := 0, 0
	for i, t := range toks {
		if t.kind != tSym {
			continue
		}
		switch t.text {
		case "(":
			depth++
		case ")":
			depth--
		case ",":
			if depth == 0 {
				out = append(out, toks[start:i])
				start = i + 1
			}
		}
	}
	return append(out, toks[start:])
}

// with parses the rest of WITH [RECURSIVE] name [(cols)] AS [[NOT]
// MATERIALIZED] (body), ... statement: the targets of data-modifying bodies
// and of the statement.
func (p *parser) with(depth int) []SQLTarget {
	p.kw("RECURSIVE")
	var out []SQLTarget
	for {
		if _, ok := p.name(); !ok {
			return nil
		}
		if p.isSym("(") {
			p.group() // column names
		}
		if _, ok := p.kw("AS"); !ok {
			return nil
		}
		p.kw("NOT")
		p.kw("MATERIALIZED")
		body, ok := p.group()
		if !ok {
			return nil
		}
		inner := &parser{toks: body}
		out = append(out, inner.statement(depth+1)...)
		if !p.sym(",") {
			break
		}
	}
	return append(out, p.statement(depth+1)...)
}

// multiInsert parses the rest of Oracle's INSERT ALL / INSERT FIRST: every
// INTO clause at the top level, up to the SELECT.
func (p *parser) multiInsert() []SQLTarget {
	var out []SQLTarget
	for p.more() && !p.isKw("SELECT") {
		if p.isSym("(") {
			if _, ok := p.group(); !ok {
				return out
			}
			continue
		}
		if _, ok := p.kw("INTO"); ok {
			out = append(out, p.target("INSERT")...)
			continue
		}
		p.i++
	}
	return out
}
