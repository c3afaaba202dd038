// Package strict has handlers the analyzer cannot judge: they are reported
// only in strict mode.
package strict

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

type store interface {
	Save(ctx context.Context, requestID string) error
}

type app struct {
	db  store
	log *slog.Logger
}

func silent(ctx context.Context) error { // want `Lambda handler silent writes no log line of its own, so nothing ties its work to the request id \(strict mode\)`
	return nil
}

// handsID gives the request id to an interface method that may log it.
func (a *app) handsID(ctx context.Context) error { // want `cannot verify that Lambda handler app.handsID logs the request id: its logging goes through code that cannot be followed \(strict mode\)`
	lc, _ := lambdacontext.FromContext(ctx)
	a.log.Info("saving")
	return a.db.Save(ctx, lc.AwsRequestID)
}

// fieldLogger logs with the context through a logger held in a field.
func (a *app) fieldLogger(ctx context.Context) error { // want `cannot verify that Lambda handler app.fieldLogger logs the request id`
	a.log.InfoContext(ctx, "start")
	return nil
}

type key struct{}

// contextValue stores the request id in the context, where a custom slog
// handler may read it.
func contextValue(ctx context.Context) error { // want `cannot verify that Lambda handler contextValue logs the request id`
	lc, _ := lambdacontext.FromContext(ctx)
	ctx = context.WithValue(ctx, key{}, lc.AwsRequestID)
	slog.InfoContext(ctx, "start")
	return nil
}

func main() {
	a := &app{}
	lambda.Start(silent)
	lambda.Start(a.handsID)
	lambda.Start(a.fieldLogger)
	lambda.Start(contextValue)
}
