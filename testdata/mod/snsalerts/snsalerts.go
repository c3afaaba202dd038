// Package snsalerts builds alert messages for other packages; its facts
// record the fields each helper's result carries.
package snsalerts

import (
	"encoding/json"
	"fmt"
	"time"
)

// Failure returns a complete JSON alert.
func Failure(executionArn, runID string, err error) string { // want Failure:`^fields\(error, execution_arn, run_id, timestamp\)$`
	b, _ := json.Marshal(map[string]string{
		"execution_arn": executionArn,
		"run_id":        runID,
		"timestamp":     time.Now().UTC().Format(time.RFC3339),
		"error":         err.Error(),
	})
	return string(b)
}

// Text returns text without fields.
func Text(job string) string { // want Text:`^fields\(\)\+param0$`
	return fmt.Sprintf("Glue job %s failed", job)
}
