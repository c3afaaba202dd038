package markers

import (
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/naming"
)

// TestStyleKey: the fast form agrees with naming.Key.
func TestStyleKey(t *testing.T) {
	for _, s := range []string{"run_id", "RunID", "executionArn", "execution-arn", "EXECUTION_ARN", "glue_job_run_id", "a1_B2", "", "__", "trigger.event_id", "ünï", "HTTPServer"} {
		if got, want := styleKey(s, nil), naming.Key(s); got != want {
			t.Errorf("styleKey(%q) = %q, naming.Key = %q", s, got, want)
		}
	}
}
