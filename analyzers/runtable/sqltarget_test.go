package runtable

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func targetsString(ts []SQLTarget) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Verb + " " + strings.Join(t.Parts, "|")
	}
	return strings.Join(parts, "; ")
}

var sqlCases = []struct {
	sql, want string
}{
	// The verbs.
	{`INSERT INTO job_runs (id) VALUES ($1)`, "INSERT job_runs"},
	{`insert into Job_Runs values (1)`, "INSERT Job_Runs"},
	{`INSERT job_runs VALUES (1)`, "INSERT job_runs"},
	{`INSERT IGNORE INTO job_runs SET id = 1`, "INSERT job_runs"},
	{`INSERT LOW_PRIORITY IGNORE INTO job_runs VALUES (1)`, "INSERT job_runs"},
	{`INSERT OR REPLACE INTO job_runs VALUES (1)`, "INSERT job_runs"},
	{`INSERT OVERWRITE TABLE job_runs SELECT * FROM staging`, "INSERT job_runs"},
	{`INSERT INTO TABLE job_runs SELECT * FROM staging`, "INSERT job_runs"},
	{`INSERT INTO job_runs SELECT * FROM staging WHERE ok`, "INSERT job_runs"},
	{`INSERT INTO job_runs (id, state) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state`, "INSERT job_runs"},
	{`INSERT INTO job_runs (id) VALUES (?) ON DUPLICATE KEY UPDATE id = id`, "INSERT job_runs"},
	{`INSERT INTO job_runs (id) VALUES ($1) RETURNING id`, "INSERT job_runs"},
	{`INSERT ALL INTO job_runs (id) VALUES (1) INTO audit (id) VALUES (1) SELECT * FROM dual`, "INSERT job_runs; INSERT audit"},
	{`REPLACE INTO job_runs VALUES (1)`, "REPLACE job_runs"},
	{`REPLACE job_runs VALUES (1)`, "REPLACE job_runs"},
	{`UPSERT INTO job_runs (id) VALUES (1)`, "UPSERT job_runs"},
	{`UPDATE job_runs SET state = 'done' WHERE id = $1`, "UPDATE job_runs"},
	{`UPDATE ONLY job_runs SET state = 'done'`, "UPDATE job_runs"},
	{`UPDATE LOW_PRIORITY IGNORE job_runs SET x = 1`, "UPDATE job_runs"},
	{`DELETE FROM job_runs WHERE id = $1`, "DELETE job_runs"},
	{`DELETE FROM ONLY job_runs`, "DELETE job_runs"},
	{`DELETE job_runs WHERE id = 1`, "DELETE job_runs"},
	{`DELETE TOP (10) FROM job_runs`, "DELETE job_runs"},
	{`DELETE QUICK IGNORE FROM job_runs`, "DELETE job_runs"},
	{`MERGE INTO job_runs t USING staging s ON t.id = s.id WHEN MATCHED THEN UPDATE SET state = s.state`, "MERGE job_runs"},
	{`MERGE job_runs AS t USING s ON 1 = 1`, "MERGE job_runs"},
	{`MERGE TOP (5) INTO job_runs USING s ON 1 = 1`, "MERGE job_runs"},
	{`CREATE TABLE job_runs (id text PRIMARY KEY)`, "CREATE TABLE job_runs"},
	{`CREATE TABLE IF NOT EXISTS job_runs (id text)`, "CREATE TABLE job_runs"},
	{`create temporary table if not exists job_runs (id text)`, "CREATE TABLE job_runs"},
	{`CREATE GLOBAL TEMPORARY TABLE job_runs (id int)`, "CREATE TABLE job_runs"},
	{`CREATE UNLOGGED TABLE job_runs (id int)`, "CREATE TABLE job_runs"},
	{`CREATE OR REPLACE TABLE job_runs (id int)`, "CREATE TABLE job_runs"},
	{`CREATE EXTERNAL TABLE job_runs (id string) LOCATION 's3://b/runs/'`, "CREATE TABLE job_runs"},
	{`CREATE TABLE job_runs AS SELECT * FROM staging`, "CREATE TABLE job_runs"},
	{`ALTER TABLE job_runs ADD COLUMN note text`, "ALTER TABLE job_runs"},
	{`ALTER TABLE ONLY job_runs ADD CONSTRAINT pk PRIMARY KEY (id)`, "ALTER TABLE job_runs"},
	{`ALTER TABLE IF EXISTS ONLY job_runs DROP COLUMN note`, "ALTER TABLE job_runs"},
	{`COPY job_runs (id, state) FROM STDIN`, "COPY job_runs"},
	{`COPY INTO job_runs FROM @stage`, "COPY job_runs"},

	// Names: quoted, qualified, any case.
	{`INSERT INTO "etl"."job_runs" (id) VALUES ($1)`, "INSERT etl|job_runs"},
	{`INSERT INTO etl.job_runs VALUES (1)`, "INSERT etl|job_runs"},
	{`INSERT INTO etl . "Job Runs" VALUES (1)`, "INSERT etl|Job Runs"},
	{"INSERT INTO `etl`.`job_runs` VALUES (1)", "INSERT etl|job_runs"},
	{`INSERT INTO [dbo].[job_runs] VALUES (1)`, "INSERT dbo|job_runs"},
	{`INSERT INTO "say ""hi""" VALUES (1)`, `INSERT say "hi"`},
	{`INSERT INTO catalog.etl.job_runs VALUES (1)`, "INSERT catalog|etl|job_runs"},
	{"INSERT INTO `proj.ds.job_runs` VALUES (1)", "INSERT proj.ds.job_runs"},
	{`INSERT INTO "job_runs" VALUE {'id': ?}`, "INSERT job_runs"}, // PartiQL
	{`UPDATE "job_runs" SET state = 'done' WHERE id = ?`, "UPDATE job_runs"},

	// Comments, strings, several statements.
	{`-- record the run
INSERT INTO job_runs VALUES (1)`, "INSERT job_runs"},
	{`/* a /* nested */ comment */ UPDATE job_runs SET x = 1`, "UPDATE job_runs"},
	{`INSERT /* hint */ INTO /* x */ job_runs VALUES (1)`, "INSERT job_runs"},
	{`INSERT INTO -- target
job_runs VALUES (1)`, "INSERT job_runs"},
	{`SELECT 1; INSERT INTO job_runs VALUES (1); DELETE FROM orders`, "INSERT job_runs; DELETE orders"},
	{`INSERT INTO audit VALUES ('a; INSERT INTO job_runs VALUES (1)')`, "INSERT audit"},
	{`INSERT INTO audit VALUES ('it''s; UPDATE job_runs SET x = 1')`, "INSERT audit"},
	{`INSERT INTO audit VALUES (E'it\'s; UPDATE job_runs SET x = 1')`, "INSERT audit"},
	{`INSERT INTO audit VALUES ($$; UPDATE job_runs SET x = 1$$)`, "INSERT audit"},
	{`INSERT INTO audit VALUES ($t$; UPDATE job_runs $$ SET x = 1$t$)`, "INSERT audit"},
	{`INSERT INTO audit VALUES ($1); -- UPDATE job_runs SET x = 1`, "INSERT audit"},
	{`/* INSERT INTO job_runs VALUES (1) */ SELECT 1`, ""},

	// WITH.
	{`WITH s AS (SELECT * FROM staging) INSERT INTO job_runs SELECT * FROM s`, "INSERT job_runs"},
	{`WITH RECURSIVE s (n) AS (SELECT 1), t AS MATERIALIZED (SELECT 2) UPDATE job_runs SET n = 1`, "UPDATE job_runs"},
	{`WITH moved AS (DELETE FROM job_runs RETURNING *) INSERT INTO archive SELECT * FROM moved`, "DELETE job_runs; INSERT archive"},
	{`WITH s AS (SELECT * FROM job_runs) SELECT * FROM s`, ""},
	{`WITH s AS NOT MATERIALIZED (SELECT 1) MERGE INTO job_runs USING s ON true`, "MERGE job_runs"},

	// Reads and statements that do not write a table.
	{`SELECT * FROM job_runs WHERE id = $1`, ""},
	{`SELECT * INTO job_runs_copy FROM job_runs`, ""},
	{`DROP TABLE job_runs`, ""},
	{`TRUNCATE job_runs`, ""},
	{`CREATE INDEX runs_idx ON job_runs (id)`, ""},
	{`CREATE VIEW job_runs AS SELECT 1`, ""},
	{`COPY job_runs TO STDOUT`, ""},
	{`COPY (SELECT * FROM job_runs) TO STDOUT`, ""},
	{`EXPLAIN INSERT INTO job_runs VALUES (1)`, ""},
	{`ALTER INDEX job_runs_idx RENAME TO x`, ""},
	{`INSERT INTO VALUES (1)`, ""},
	{`INSERT INTO (SELECT 1)`, ""},
	{`UPDATE SET x = 1`, ""},
	{`CREATE TABLE IF EXISTS job_runs (id int)`, ""},
	{`insert_run_row`, ""}, // a prepared statement's name (pgx)
	{``, ""},
	{`;;;`, ""},
	{`INSERT INTO "unterminated`, "INSERT unterminated"},
	{`INSERT INTO job_runs /* unterminated`, "INSERT job_runs"},
	{`WITH s AS (SELECT 1 INSERT INTO job_runs VALUES (1)`, ""},

	// Placeholders (unknown text) are identifier characters.
	{"INSERT INTO \uE000_job_runs VALUES (1)", "INSERT \uE000_job_runs"},
	{"INSERT INTO \uE000.\uE001 VALUES (1)", "INSERT \uE000|\uE001"},
	{"\uE000 INSERT INTO job_runs VALUES (1)", ""},
	{"\uE000INSERT INTO job_runs VALUES (1)", ""},
}

// ddlCases are migration files: several statements, comments, quoted and
// schema-qualified names, IF NOT EXISTS, column lists. want lists each
// target as VERB name(columns)@line, columns "-" when not listed.
var ddlCases = []struct {
	sql, want string
}{
	{`CREATE TABLE IF NOT EXISTS "etl"."job_runs" (
    run_id        TEXT PRIMARY KEY,
    "status"      TEXT NOT NULL DEFAULT 'RUNNING',
    started_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at   TIMESTAMPTZ,
    CONSTRAINT job_runs_status_chk CHECK (status IN ('RUNNING', 'DONE')),
    PRIMARY KEY (run_id),
    UNIQUE (run_id, status)
);`, "CREATE TABLE etl.job_runs(run_id,status,started_at,finished_at)@1"},
	{`-- +goose Up
-- +goose StatementBegin
CREATE TABLE job_status (run_id text, status text, started_at timestamp, finished_at timestamp);
-- +goose StatementEnd

/* indexes */
CREATE INDEX job_status_run ON job_status (run_id);
ALTER TABLE job_status ADD COLUMN note text;

-- +goose Down
DROP TABLE job_status;`, "CREATE TABLE job_status(run_id,status,started_at,finished_at)@3; ALTER TABLE job_status(-)@8"},
	{"CREATE TABLE `ml`.`training_runs` (`id` BIGINT AUTO_INCREMENT, `model` VARCHAR(64), `accuracy` DOUBLE, KEY `idx_model` (`model`), INDEX (accuracy)) ENGINE=InnoDB;",
		"CREATE TABLE ml.training_runs(id,model,accuracy)@1"},
	{`CREATE TABLE [dbo].[run_history] ([run_id] NVARCHAR(64) NOT NULL, [state] NVARCHAR(16), FOREIGN KEY (run_id) REFERENCES runs (id))`,
		"CREATE TABLE dbo.run_history(run_id,state)@1"},
	{`CREATE TABLE job_runs_copy (LIKE job_runs INCLUDING ALL)`, "CREATE TABLE job_runs_copy(-)@1"},
	{`CREATE TABLE job_runs AS SELECT * FROM staging`, "CREATE TABLE job_runs(-)@1"},
	{`CREATE TABLE job_runs ()`, "CREATE TABLE job_runs()@1"},
	{`INSERT INTO job_runs (run_id, "status", started_at) VALUES ($1, $2, now())`, "INSERT job_runs(run_id,status,started_at)@1"},
	{`INSERT INTO job_runs VALUES ($1)`, "INSERT job_runs(-)@1"},
	{`INSERT INTO job_runs (SELECT * FROM staging)`, "INSERT job_runs(-)@1"},
	{`INSERT INTO job_runs (id, (x)) VALUES (1, 2)`, "INSERT job_runs(-)@1"},
	{"\n\n  insert into t (a) values (1);\n\nupdate t set a = 2", "INSERT t(a)@3; UPDATE t(-)@5"},
}

func ddlString(sql string, ts []SQLTarget) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		cols := "(-)"
		if t.Columns != nil {
			cols = "(" + strings.Join(t.Columns, ",") + ")"
		}
		parts[i] = fmt.Sprintf("%s %s%s@%d", t.Verb, t.Name(), cols, strings.Count(sql[:t.Offset], "\n")+1)
	}
	return strings.Join(parts, "; ")
}

func TestSQLTargetsDDL(t *testing.T) {
	for _, tc := range ddlCases {
		if got := ddlString(tc.sql, SQLTargets(tc.sql)); got != tc.want {
			t.Errorf("SQLTargets(%q) = %q, want %q", tc.sql, got, tc.want)
		}
	}
}

func TestSQLTargets(t *testing.T) {
	for _, tc := range sqlCases {
		if got := targetsString(SQLTargets(tc.sql)); got != tc.want {
			t.Errorf("SQLTargets(%q) = %q, want %q", tc.sql, got, tc.want)
		}
	}
}

var sqlVerbs = []string{"INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "UPSERT", "COPY", "CREATE TABLE", "ALTER TABLE"}

// FuzzSQLTarget checks properties of the target-table extraction on any
// input: it does not panic; every target has a known verb and non-empty
// parts; the same statement preceded by a comment, or followed by another
// statement, has the same targets; a statement without a writing keyword
// has none; and unquoted ASCII keywords in any case give the same verbs.
func FuzzSQLTarget(f *testing.F) {
	for _, tc := range sqlCases {
		f.Add(tc.sql)
	}
	for _, tc := range ddlCases {
		f.Add(tc.sql)
	}
	f.Fuzz(func(t *testing.T, sql string) {
		got := SQLTargets(sql)
		for _, tg := range got {
			if !slices.Contains(sqlVerbs, tg.Verb) {
				t.Fatalf("SQLTargets(%q): unknown verb %q", sql, tg.Verb)
			}
			if len(tg.Parts) == 0 || slices.Contains(tg.Parts, "") {
				t.Fatalf("SQLTargets(%q): empty name part in %q", sql, tg.Parts)
			}
			if slices.Contains(tg.Columns, "") {
				t.Fatalf("SQLTargets(%q): empty column in %q", sql, tg.Columns)
			}
			// The offset is where the statement's first keyword starts.
			if tg.Offset < 0 || tg.Offset >= len(sql) || !startsKeyword(sql[tg.Offset:]) {
				t.Fatalf("SQLTargets(%q): offset %d is not at a keyword", sql, tg.Offset)
			}
		}
		if !utf8.ValidString(sql) {
			return
		}
		// A comment before the text changes nothing.
		if again := SQLTargets("/* c */ " + sql); targetsString(again) != targetsString(got) {
			t.Fatalf("SQLTargets(%q) = %q, with a leading comment %q", sql, targetsString(got), targetsString(again))
		}
		// Another statement after it adds that statement's target, unless the
		// text leaves a string, comment or quoted name open.
		if closed(sql) {
			more := SQLTargets(sql + "\n;\nDELETE FROM zz_fuzz_marker")
			want := append(slices.Clone(got), SQLTarget{Verb: "DELETE", Parts: []string{"zz_fuzz_marker"}})
			if targetsString(more) != targetsString(want) {
				t.Fatalf("SQLTargets(%q + next statement) = %q, want %q", sql, targetsString(more), targetsString(want))
			}
		}
		upper := strings.ToUpper(sql)
		if len(got) > 0 && !containsAny(upper, "INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "UPSERT", "COPY", "CREATE", "ALTER") {
			t.Fatalf("SQLTargets(%q) = %q without a writing keyword", sql, targetsString(got))
		}
		if isPlainASCII(sql) {
			var v1, v2 []string
			for _, tg := range got {
				v1 = append(v1, tg.Verb)
			}
			for _, tg := range SQLTargets(upper) {
				v2 = append(v2, tg.Verb)
			}
			if !slices.Equal(v1, v2) {
				t.Fatalf("SQLTargets(%q) verbs %q, upper-cased %q", sql, v1, v2)
			}
		}
	})
}

// startsKeyword reports whether s starts with a statement keyword that can
// lead to a write, in any case.
func startsKeyword(s string) bool {
	upper := strings.ToUpper(s)
	for _, kw := range []string{"WITH", "INSERT", "REPLACE", "UPSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "ALTER", "COPY"} {
		if strings.HasPrefix(upper, kw) {
			return true
		}
	}
	return false
}

// isPlainASCII reports whether s is ASCII without quoted identifiers or
// dollar quotes (whose tags are case-sensitive).
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '$' {
			return false
		}
	}
	return true
}

// closed reports whether lexing s ends outside any string, quoted name or
// comment, and with balanced parentheses: only then does text appended to
// it start a new statement. It re-lexes s followed by a sentinel word and
// checks that the word comes out as a word at the end, after a ';'.
func closed(s string) bool {
	toks := lex(s + "\n;zz_closed_sentinel")
	if n := len(toks); n < 2 || toks[n-1].kind != tWord || toks[n-1].text != "zz_closed_sentinel" || toks[n-2].kind != tSym || toks[n-2].text != ";" {
		return false
	}
	return !strings.Contains(s, "zz_closed_sentinel")
}

func ExampleSQLTargets() {
	for _, t := range SQLTargets(`-- keep the runs
		WITH s AS (SELECT * FROM staging)
		INSERT INTO "etl"."job_runs" (id, state) SELECT id, state FROM s
		ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state;
		SELECT count(*) FROM job_runs`) {
		fmt.Println(t.Verb, t.Name())
	}
	// Output: INSERT etl.job_runs
}
