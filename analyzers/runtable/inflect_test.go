package runtable

import "testing"

// TestGormNaming compares gormDBName and plural with gorm.io/gorm/schema's
// NamingStrategy{}.TableName and jinzhu/inflection's Plural, whose results
// on these names were taken from the real libraries (gorm v1.31.2,
// inflection v1.0.0).
func TestGormNaming(t *testing.T) {
	for _, tc := range []struct{ model, table, plural string }{
		{"PipelineRun", "pipeline_runs", "PipelineRuns"},
		{"JobStatus", "job_statuses", "JobStatuses"},
		{"RunHistory", "run_histories", "RunHistories"},
		{"HTTPJobRun", "http_job_runs", "HTTPJobRuns"},
		{"JobRunV2", "job_run_v2", "JobRunV2"},
		{"ETLRun", "etl_runs", "ETLRuns"},
		{"APIKey", "api_keys", "APIKeys"},
		{"UserID", "user_ids", "UserIDS"},
		{"Person", "people", "People"},
		{"Child", "children", "Children"},
		{"Status", "statuses", "Statuses"},
		{"Datum", "data", "Data"},
		{"Analysis", "analyses", "Analyses"},
		{"Box", "boxes", "Boxes"},
		{"Quiz", "quizzes", "Quizzes"},
		{"Wolf", "wolves", "Wolves"},
		{"Knife", "knives", "Knives"},
		{"Series", "series", "Series"},
		{"Sheep", "sheep", "Sheep"},
		{"Run", "runs", "Runs"},
		{"runs", "runs", "runs"},
		{"TaskRunHistoryEntry", "task_run_history_entries", "TaskRunHistoryEntries"},
		{"S3Object", "s3_objects", "S3Objects"},
		{"Job_Run", "job_runs", "Job_Runs"},
		{"A", "as", "AS"},
		{"OAuth2Token", "o_auth2_tokens", "OAuth2Tokens"},
		{"UTF8Value", "utf8_values", "UTF8Values"},
		{"Matrix", "matrices", "Matrices"},
		{"Index", "indices", "Indices"},
		{"Mouse", "mice", "Mice"},
		{"Ox", "oxen", "Oxen"},
		{"Bus", "buses", "Buses"},
		{"Octopus", "octopi", "Octopi"},
		{"Tomato", "tomatoes", "Tomatoes"},
		{"Hive", "hives", "Hives"},
	} {
		if got := plural(gormDBName(tc.model, false)); got != tc.table {
			t.Errorf("gorm table of %s = %q, want %q", tc.model, got, tc.table)
		}
		if got := plural(tc.model); got != tc.plural {
			t.Errorf("plural(%q) = %q, want %q", tc.model, got, tc.plural)
		}
	}
	if got := gormDBName("PipelineRun", true); got != "PipelineRun" {
		t.Errorf("gormDBName(PipelineRun, NoLowerCase) = %q", got)
	}
}

func TestBunUnderscore(t *testing.T) {
	for in, want := range map[string]string{
		"PipelineRun": "pipeline_run", "HTTPJobRun": "http_job_run", "JobRunV2": "job_run_v2", "ID": "id", "RunID": "run_id", "": "",
	} {
		if got := bunUnderscore(in); got != want {
			t.Errorf("bunUnderscore(%q) = %q, want %q", in, got, want)
		}
	}
}
