// Package deps imports every module the module-mode tests of the logging
// model, lambdalog and sqslog load, so that go mod tidy keeps them (and
// the stub drift tests can load the real packages from this module).
package deps

import (
	_ "github.com/aws/aws-lambda-go/events"
	_ "github.com/aws/aws-lambda-go/lambda"
	_ "github.com/aws/aws-lambda-go/lambdacontext"
	_ "github.com/aws/aws-sdk-go-v2/service/sqs"
	_ "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	_ "github.com/aws/aws-sdk-go/service/sqs"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "github.com/sirupsen/logrus"
	_ "go.uber.org/zap"
	_ "go.uber.org/zap/zapcore"
)
