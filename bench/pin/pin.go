// Package pin pins the benchmark corpus: real packages obtained through the
// module proxy at the versions go.mod records. Nothing imports or builds it;
// its imports only keep the corpus modules in the build list (`go mod tidy`
// keeps them). The corpus itself is listed in internal/corpus.
package pin

import (
	// The rule services, SDK v2: relevant to the analyzers.
	_ "github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	_ "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	_ "github.com/aws/aws-sdk-go-v2/service/glue"
	_ "github.com/aws/aws-sdk-go-v2/service/lambda"
	_ "github.com/aws/aws-sdk-go-v2/service/s3"
	_ "github.com/aws/aws-sdk-go-v2/service/sfn"
	_ "github.com/aws/aws-sdk-go-v2/service/sns"
	_ "github.com/aws/aws-sdk-go-v2/service/sqs"

	// The same services, SDK v1.
	_ "github.com/aws/aws-sdk-go/service/cloudwatch"
	_ "github.com/aws/aws-sdk-go/service/dynamodb"
	_ "github.com/aws/aws-sdk-go/service/glue"
	_ "github.com/aws/aws-sdk-go/service/lambda"
	_ "github.com/aws/aws-sdk-go/service/s3"
	_ "github.com/aws/aws-sdk-go/service/sfn"
	_ "github.com/aws/aws-sdk-go/service/sns"
	_ "github.com/aws/aws-sdk-go/service/sqs"

	// Real code outside the SDK that calls the rule operations.
	_ "github.com/go-kit/kit/metrics/cloudwatch"
	_ "github.com/go-kit/kit/metrics/cloudwatch2"
	_ "github.com/guregu/dynamo/v2"

	// Large and unrelated to the rules: the biggest SDK v2 service.
	_ "github.com/aws/aws-sdk-go-v2/service/ec2"

	// Used by the generated hot-path benchmark package (run identifiers).
	_ "github.com/google/uuid"
)
