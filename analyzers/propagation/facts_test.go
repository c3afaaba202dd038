package propagation

import (
	"bytes"
	"encoding/gob"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tracelint/tracelint/analyzers/internal/payload"
)

// The facts cross process boundaries under go vet -vettool: they must
// survive gob, which the analysis drivers use to encode them.
func TestFactsEncode(t *testing.T) {
	for _, fact := range []any{
		&ForwardsFact{Forwards: []Forward{
			{Target: glueSDK, Slots: []Slot{{Param: 3, Kind: payload.Keys}}, Has: []string{"--execution-arn"}},
			{Target: lambdaCDK, Slots: []Slot{{Param: 1, Kind: fwdTaskInput}}},
		}},
		&FieldsFact{payload.HelperFact{Keys: []string{"--run-key"}, Paths: []string{"--run-key"}, Params: []int{1}, Incomplete: true}},
		&WrappersFact{Funcs: []string{"Start", "Runner.Invoke"}},
	} {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
			t.Fatalf("encode %v: %v", fact, err)
		}
		var got any
		switch fact.(type) {
		case *ForwardsFact:
			got = new(ForwardsFact)
		case *FieldsFact:
			got = new(FieldsFact)
		case *WrappersFact:
			got = new(WrappersFact)
		}
		if err := gob.NewDecoder(&buf).Decode(got); err != nil {
			t.Fatalf("decode %v: %v", fact, err)
		}
		if diff := cmp.Diff(fact, got); diff != "" {
			t.Errorf("gob round trip changed the fact (-want +got):\n%s", diff)
		}
	}
}

func TestForwardsFactString(t *testing.T) {
	f := &ForwardsFact{Forwards: []Forward{
		{Target: glueSDK, Slots: []Slot{{Param: 3, Kind: payload.Keys}}, Has: []string{"--execution-arn"}},
		{Target: lambdaSDK, Slots: []Slot{{Param: 1, Kind: fwdInvokeInput}, {Param: 2, Kind: payload.Part}}},
		{Target: glueCDK, Slots: []Slot{{Param: 0, Kind: fwdProps}}},
	}}
	want := "forwards(glue:param3:keys+--execution-arn, lambda:param1:input&param2:part, cdk-glue:param0:props)"
	if got := f.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
