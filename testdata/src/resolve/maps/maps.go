// Package maps exercises resolve.Maps (the entries of map values) and
// resolve.Setters (fields set through SDK v1 setters).
package maps

import (
	"maps"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/sns"

	"resolve/other"
)

func keys(m any)               {}
func setfield(v any, f string) {}

const keyC = "c"

type holder struct{ M map[string]string }

func entries(param map[string]string, cond bool, f func(map[string]string)) {
	m := map[string]string{"a": "1", keyC: "3"}
	m["b"] = "2"
	m["n"] += "!"
	keys(m) // want `keys: "a" "b" "c" "n" "via-alias"$`

	var z map[string]int
	if cond {
		z = make(map[string]int)
	}
	z["late"] = 1
	keys(z) // want `keys: "late"$`

	// Flow-insensitive: the alias's entries count above too.
	alias := m
	alias["via-alias"] = "x"
	keys(m) // want `keys: "a" "b" "c" "n" "via-alias"$`

	h := holder{M: map[string]string{}}
	h.M["field"] = "x"
	keys(h.M) // want `keys: "field"$`

	local := map[string]string{}
	fill(local)
	keys(local) // want `keys: "filled" "passed-on"$`

	copied := map[string]string{"own": ""}
	maps.Copy(copied, map[string]string{"copied": ""})
	keys(copied) // want `keys: "copied" "own"$`

	escaped := map[string]string{"e": ""}
	f(escaped)
	keys(escaped) // want `keys: "e" unknown\(escaped may be filled by a function value\)$`

	keys(param)             // want `keys: unknown\(parameter param\)$`
	keys(maps.Clone(param)) // want `keys: spread\(call maps.Clone\)$`
	looped := map[string]bool{}
	for _, k := range []string{"x", "y"} {
		looped[k] = true
	}
	keys(looped) // want `keys: "x" "y"$`
	dyn := map[string]bool{}
	dyn[other.Name+"-suffix"] = true
	dyn[other.Mutable] = true
	keys(dyn) // want `keys: "other-const-suffix" unknown\(variable other.Mutable\)$`
}

func fill(m map[string]string) {
	m["filled"] = "x"
	more(m)
}

func more(m map[string]string) { m["passed-on"] = "y" }

func setters(cond bool) {
	in := &sns.PublishInput{}
	in.SetMessage("set")
	if cond {
		in.Message = aws.String("assigned")
	}
	setfield(in, "Message") // want `setfield Message: "assigned" "set" zero$`

	chained := (&sns.PublishInput{Subject: aws.String("s")}).SetTopicArn("t").SetMessage("chained")
	setfield(chained, "Message")  // want `setfield Message: "chained" zero$`
	setfield(chained, "Subject")  // want `setfield Subject: "s"$`
	setfield(chained, "TopicArn") // want `setfield TopicArn: "t" zero$`

	n := new(sns.PublishInput)
	n.SetSubject("new")
	setfield(n, "Subject") // want `setfield Subject: "new" zero$`
	setfield(n, "Message") // want `setfield Message: zero$`

	e := &sns.PublishBatchRequestEntry{}
	e.SetMessage("entry")
	batch := (&sns.PublishBatchInput{}).SetPublishBatchRequestEntries([]*sns.PublishBatchRequestEntry{e})
	setfield(batch, "PublishBatchRequestEntries") // want `setfield PublishBatchRequestEntries: lit zero$`
}
