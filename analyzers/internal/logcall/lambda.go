package logcall

const lambdacontextPath = "github.com/aws/aws-lambda-go/lambdacontext"

// RequestIDField is the key (see FieldKey) of the Lambda request id:
// lambdacontext.FromContext(ctx) returns a *LambdaContext whose AwsRequestID
// it is.
const RequestIDField = lambdacontextPath + ".LambdaContext.AwsRequestID"

// LambdaContextType is the key (see TypeKey) of lambdacontext.LambdaContext:
// logging one logs its request id.
const LambdaContextType = lambdacontextPath + ".LambdaContext"

// lambdacontext classifies aws-lambda-go's request-id loggers (version 1.52
// and later): lambdacontext.NewLogHandler returns a slog.Handler and
// NewLogger a *slog.Logger that add the request id (as "requestId") to every
// line logged with a context that carries the Lambda context.
func (c *classifier) lambdacontext() bool {
	switch c.fn.Name() {
	case "NewLogHandler", "NewLogger":
		if !c.isFunc() {
			return false
		}
		c.out.Lib = Slog
		c.out.Kind = Construct
		c.out.AddsRequestID = true
		return true
	}
	return false
}
