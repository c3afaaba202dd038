// Package probe shows what the payload extractor finds in payloads built
// the ways real code builds them.
package probe

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"strings"

	"payload/other"
)

func message(v any)           {}
func messageAnyDepth(v any)   {}
func alternatives(v any)      {}
func keys(m any)              {}
func encoded(v any)           {}
func check(v any, req string) {}
func cond() bool              { return false }
func value() string           { return "" }

type Trigger struct {
	EventID   string `json:"event_id"`
	EventTime string `json:"event_time"`
	ETag      string `json:"etag,omitempty"`
	VersionID string `json:"version_id"`
}

type Base struct {
	RunID string `json:"run_id"`
}

type Marker struct {
	Base
	ExecutionArn string          `json:"execution_arn"`
	Trigger      Trigger         `json:"trigger"`
	Metrics      map[string]int  `json:"metrics"`
	Secret       string          `json:"-"`
	Items        []Trigger       `json:"items"`
	ByName       map[string]Base `json:"by_name"`
	internal     string
	Plain        string
}

func constants() {
	message(`{"run_id": "r", "trigger": {"event_id": "e", "etag": "t"}, "list": [{"a": 1}]}`) // want `^has\(a, etag, event_id, list, run_id, trigger\) paths\(list, list.a, run_id, trigger, trigger.etag, trigger.event_id\)$`
	message("run_id=1 execution_arn: x")                                                      // want `^has\(execution_arn, run_id\) paths\(execution_arn, run_id\)$`
	message([]byte(`{"x": 1}`))                                                               // want `^has\(x\) paths\(x\)$`
	message("no fields here")                                                                 // want `^has\(\) paths\(\)$`
}

func structs() {
	b, _ := json.Marshal(Marker{})
	message(b) // want `^has\(Plain, by_name, etag, event_id, event_time, execution_arn, items, metrics, run_id, trigger, version_id\) paths\(Plain, by_name, execution_arn, items, items.etag, items.event_id, items.event_time, items.version_id, metrics, run_id, trigger, trigger.etag, trigger.event_id, trigger.event_time, trigger.version_id\)$`
	var m Marker
	encoded(&m) // want `^has\(Plain, by_name, etag, event_id, event_time, execution_arn, items, metrics, run_id, trigger, version_id\) paths\(`
}

func nestedMaps(arn string) {
	trigger := map[string]any{"event_id": "e"}
	trigger["etag"] = "t"
	body := map[string]any{
		"run_id":  value(),
		"trigger": trigger,
		"deep":    map[string]any{"inner": map[string]string{"leaf": "x"}},
	}
	body["execution_arn"] = arn
	b, _ := json.MarshalIndent(body, "", "  ")
	message(b) // want `^has\(deep, etag, event_id, execution_arn, inner, leaf, run_id, trigger\) paths\(deep, deep.inner, deep.inner.leaf, execution_arn, run_id, trigger, trigger.etag, trigger.event_id\)$`
}

func copied() {
	base := map[string]string{"run_id": "r"}
	args := map[string]string{"--job": "x"}
	maps.Copy(args, base)
	keys(args) // want `^has\(--job, run_id\) paths\(--job, run_id\)$`
}

func merged(runID string) {
	base := map[string]string{"run_id": runID}
	clone := maps.Clone(base)
	clone["stage"] = "raw"
	keys(clone) // want `^has\(run_id, stage\) paths\(run_id, stage\)$`
	all := map[string]string{"execution_arn": "a"}
	for k, v := range base {
		all[k] = v
	}
	keys(all) // want `^has\(execution_arn, run_id\) paths\(execution_arn, run_id\)$`
	self := map[string]string{"a": "1"}
	for k := range self {
		self[k+"_copy"] = "x"
	}
	keys(self) // want `^has\(a\) paths\(a\) unknown\(a map key that is not a constant\)$`
}

func templates(runID, arn string) {
	message(fmt.Sprintf(`{"run_id": %q, "trigger": {"event_id": "%s"}, "n": %d}`, runID, arn, 3)) // want `^has\(event_id, n, run_id, trigger\) paths\(n, run_id, trigger, trigger.event_id\)$`
	inner, _ := json.Marshal(map[string]string{"etag": "t"})
	message(fmt.Sprintf(`{"run_id": "r", "trigger": %s}`, inner)) // want `^has\(etag, run_id, trigger\) paths\(run_id, trigger, trigger.etag\)$`
	message("run_id=" + runID + " execution_arn=" + arn)          // want `^has\(execution_arn, run_id\) paths\(execution_arn, run_id\)$`
	message(fmt.Sprintf("%s failed", value()))                    // want `^has\(\) paths\(\)$`
	message(strings.ToUpper(runID))                               // want `^has\(\) paths\(\) unknown\(result of strings.ToUpper\)$`
}

func buffers(runID string) {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(map[string]string{"run_id": runID})
	message(buf.String()) // want `^has\(run_id\) paths\(run_id\)$`
	var sb strings.Builder
	fmt.Fprintf(&sb, "execution_arn=%s ", runID)
	sb.WriteString("timestamp=now")
	message(sb.String()) // want `^has\(execution_arn, timestamp\) paths\(execution_arn, timestamp\)$`
}

// Per-value checking: a sentence on one path, a JSON document on another.
func perValue(runID string) {
	msg := "job failed"
	if cond() {
		msg = fmt.Sprintf(`{"run_id": %q, "execution_arn": "a"}`, runID)
	}
	message(msg)      // want `^has\(execution_arn, run_id\) paths\(execution_arn, run_id\)$`
	alternatives(msg) // want `^has\(\) paths\(\) \| has\(execution_arn, run_id\) paths\(execution_arn, run_id\)$`

	text := "run_id=" + runID
	if cond() {
		text = "bare"
	}
	var both string = text + " done"
	alternatives(both) // want `^has\(run_id\) paths\(run_id\) \| has\(\) paths\(\)$`

	// One map, built on two paths: its entries count together.
	body := map[string]any{"run_id": runID}
	if cond() {
		body["execution_arn"] = "a"
	}
	var doc any = body
	if cond() {
		doc = map[string]string{"error": "x"}
	}
	b, _ := json.Marshal(doc)
	alternatives(b) // want `^has\(execution_arn, run_id\) paths\(execution_arn, run_id\) \| has\(error\) paths\(error\)$`
}

func helpers(runID string) {
	message(other.Helper("run_id=" + runID)) // want `^has\(helper_key, run_id\) paths\(helper_key\)$`
	message(other.Unknown())                 // want `^has\(\) paths\(\) unknown\(result of other.Unknown\)$`
}

func checks(runID string) {
	b, _ := json.Marshal(Marker{})
	check(b, "run_id,trigger.event_id,trigger.EventTime,metrics") // want `^verdict 0 missing\(\)$`
	check(b, "run_id,trigger.missing|trigger.etag,event_id")      // want `^verdict 1 missing\(event_id\)$`
	check(`{"event_id": "e"}`, "trigger.event_id")                // want `^verdict 1 missing\(trigger.event_id\)$`
	check(strings.ToLower(runID), "run_id")                       // want `^verdict 2 missing\(run_id\)$`
}

// Summaries: what a helper's result carries for its fact.
func summariseText(part string, runID string, err error) string { // want `^summary keys\(run_id, timestamp\) paths\(run_id, timestamp\) params\[1 0 2\] incomplete=false slots\(param0:part\)$`
	return fmt.Sprintf("timestamp=now run_id=%s\n%s\n%v", runID, part, err)
}

func summariseWhole(msg string) string { // want `^summary keys\(\) paths\(\) params\[\] incomplete=true slots\(param0:message\)$`
	return msg
}

func summariseValue(v map[string]any) []byte { // want `^summary keys\(detail, execution_arn\) paths\(detail, execution_arn\) params\[\] incomplete=true slots\(param0:nested, param0:value\)$`
	b, _ := json.Marshal(map[string]any{"execution_arn": "a", "detail": v})
	if cond() {
		b, _ = json.Marshal(v)
	}
	return b
}

var opaque func() any

// A nested value that cannot be followed is ignored, unless fields count at
// any depth (NestedUnknowns).
func nestedUnknowns(runID string) {
	b, _ := json.Marshal(map[string]any{"run_id": runID, "input": opaque()})
	message(b)         // want `^has\(input, run_id\) paths\(input, run_id\)$`
	messageAnyDepth(b) // want `^has\(input, run_id\) paths\(input, run_id\) unknown\(result of a function value\)$`
	t := fmt.Sprintf(`{"run_id": %q, "input": %s}`, runID, strings.TrimSpace(runID))
	message(t)         // want `^has\(input, run_id\) paths\(input, run_id\)$`
	messageAnyDepth(t) // want `^has\(input, run_id\) paths\(input, run_id\) unknown\(result of strings.TrimSpace\)$`
}
