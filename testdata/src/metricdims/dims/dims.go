// Package dims returns dimensions to other packages: its facts record which
// names each helper's result carries.
package dims

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"

	"metricdims/names"
)

func Run(runID, arn string) []types.Dimension { // want Run:"dimensions\\(ExecutionArn, RunId\\)$"
	return []types.Dimension{
		{Name: aws.String(names.RunID), Value: aws.String(runID)},
		{Name: aws.String(names.ExecutionArn), Value: aws.String(arn)},
	}
}

func StageOnly(stage string) []types.Dimension { // want StageOnly:"dimensions\\(Stage\\)$"
	return []types.Dimension{{Name: aws.String(names.Stage), Value: aws.String(stage)}}
}

// With appends the run dimensions to what the caller passes.
func With(base []types.Dimension, runID, arn string) []types.Dimension { // want With:"dimensions\\(ExecutionArn, RunId\\)\\+param0$"
	out := append(base, types.Dimension{Name: aws.String("RunId"), Value: aws.String(runID)})
	out = append(out, types.Dimension{Name: aws.String("ExecutionArn"), Value: aws.String(arn)})
	return out
}

// Built assembles dimensions in a loop over a constant table.
func Built(values map[string]string) []types.Dimension { // want Built:"dimensions\\(ExecutionArn, RunId\\)$"
	var out []types.Dimension
	for _, name := range []string{"RunId", "ExecutionArn"} {
		out = append(out, types.Dimension{Name: aws.String(name), Value: aws.String(values[name])})
	}
	return out
}

// Exec returns a single dimension.
func Exec(arn string) types.Dimension { // want Exec:"dimensions\\(ExecutionArn\\)$"
	return types.Dimension{Name: aws.String("ExecutionArn"), Value: aws.String(arn)}
}

// FromConfig returns names it cannot know: its fact says so.
func FromConfig(name, value string) []types.Dimension { // want FromConfig:"dimensions\\(\\) incomplete$"
	return []types.Dimension{{Name: aws.String(name), Value: aws.String(value)}}
}

func unexported() []types.Dimension { return nil } // no fact: only exported helpers are summarised

var _ = unexported
