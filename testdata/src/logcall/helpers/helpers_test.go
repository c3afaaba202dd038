package helpers

import (
	"context"
	"log/slog"
	"testing"

	"github.com/aws/aws-lambda-go/lambdacontext"
)

// A test function logs, and is exported, but no other package calls it: it
// gets no fact (test packages have many; computing them cost more than all
// the rest of the model on alertmanager).
func TestForRequest(t *testing.T) {
	lc, _ := lambdacontext.FromContext(context.Background())
	slog.Info("request", "request_id", lc.AwsRequestID)
}
