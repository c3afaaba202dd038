// Package readers shows what the payload extractor finds in io.Reader
// values: S3 object bodies.
package readers

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

func reads(r io.Reader)           {}
func supplied(v any, kind int)    {}
func consume(w io.Writer)         {}
func cond() bool                  { return false }
func other(r io.Reader) io.Reader { return r }

type Marker struct {
	RunID        string `json:"run_id"`
	ExecutionArn string `json:"execution_arn"`
}

func texts(runID string, data []byte) {
	reads(strings.NewReader(`{"run_id": "r"}`))            // want `^has\(run_id\) paths\(run_id\)$`
	reads(bytes.NewReader([]byte(`{"execution_arn": 1}`))) // want `^has\(execution_arn\) paths\(execution_arn\)$`
	b, _ := json.Marshal(Marker{RunID: runID})
	reads(bytes.NewReader(b))                                          // want `^has\(execution_arn, run_id\) paths\(execution_arn, run_id\)$`
	reads(bytes.NewBuffer(b))                                          // want `^has\(execution_arn, run_id\) paths\(execution_arn, run_id\)$`
	reads(bytes.NewBufferString("run_id=" + runID))                    // want `^has\(run_id\) paths\(run_id\)$`
	reads(io.NopCloser(bufio.NewReader(strings.NewReader(`{"a":1}`)))) // want `^has\(a\) paths\(a\)$`
	reads(bytes.NewReader(data))                                       // want `^has\(\) paths\(\) unknown\(parameter data\)$`
	reads(other(strings.NewReader("x")))                               // want `^has\(\) paths\(\)$`
}

func empties() {
	reads(nil)                         // want `^empty$`
	reads(bytes.NewReader(nil))        // want `^empty$`
	reads(bytes.NewReader([]byte{}))   // want `^empty$`
	reads(bytes.NewReader([]byte(""))) // want `^empty$`
	reads(strings.NewReader(""))       // want `^empty$`
	reads(http.NoBody)                 // want `^empty$`
	var buf bytes.Buffer
	reads(&buf) // want `^empty$`
	s := ""
	if cond() {
		s = `{"run_id": 1}`
	}
	reads(strings.NewReader(s)) // want `^empty \| has\(run_id\) paths\(run_id\)$`
}

func buffers(runID string) {
	var buf bytes.Buffer
	_ = json.NewEncoder(&buf).Encode(Marker{})
	reads(&buf) // want `^has\(execution_arn, run_id\) paths\(execution_arn, run_id\)$`

	b2 := new(bytes.Buffer)
	fmt.Fprintf(b2, `{"run_id": %q}`, runID)
	reads(b2) // want `^has\(run_id\) paths\(run_id\)$`

	b3 := bytes.NewBuffer(nil)
	enc := json.NewEncoder(b3)
	enc.SetIndent("", "  ")
	_ = enc.Encode(map[string]string{"execution_arn": "a"})
	reads(b3) // want `^has\(execution_arn\) paths\(execution_arn\)$`

	var b4 bytes.Buffer
	consume(&b4) // may write anything
	reads(&b4)   // want `unknown\(b4 may be written by readers.consume\)$`
}

func readerOfParam(body io.Reader) io.Reader { // want `^reads has\(\) paths\(\) slots\(param0:reader\)$`
	return body
}

func readerOfBytes(data []byte) io.Reader { // want `^reads has\(\) paths\(\) slots\(param0:message\)$`
	return bytes.NewReader(data)
}

func readerOfWrapped(data []byte, n int) io.Reader { // want `^reads has\(\) paths\(\) slots\(param0:message\)$`
	return io.NopCloser(readerOfParam(bytes.NewReader(data)))
}

func arguments(runID string) {
	supplied(strings.NewReader(`{"run_id": 1}`), 8) // want `^has\(run_id\) paths\(run_id\)$`
	supplied(`{"execution_arn": 1}`, 1)             // want `^has\(execution_arn\) paths\(execution_arn\)$`
	supplied(map[string]string{"run_id": runID}, 5) // want `^has\(run_id\) paths\(run_id\)$`
}
