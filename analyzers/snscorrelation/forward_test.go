package snscorrelation

import (
	"bytes"
	"encoding/gob"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The facts cross process boundaries under go vet -vettool: they must
// survive gob, which the analysis drivers use to encode them.
func TestFactsEncode(t *testing.T) {
	for _, fact := range []any{
		&ForwardsFact{Forwards: []Forward{
			{Slots: []Slot{{Param: 3, Kind: fwdMessage}, {Param: 4, Kind: fwdAttributes}}, Has: []string{"timestamp"}},
			{Slots: []Slot{{Param: 1, Kind: fwdInput}}},
		}},
		&WrappersFact{Funcs: []string{"Send", "Notifier.Alert"}},
	} {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
			t.Fatalf("encode %v: %v", fact, err)
		}
		var got any
		switch fact.(type) {
		case *ForwardsFact:
			got = new(ForwardsFact)
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
		{Slots: []Slot{{Param: 3, Kind: fwdMessage}, {Param: 4, Kind: fwdAttributes}}, Has: []string{"execution_arn", "timestamp"}},
		{Slots: []Slot{{Param: 1, Kind: fwdEntries}}},
	}}
	if got, want := f.String(), "forwards(param3:message&param4:attributes+execution_arn+timestamp, param1:entries)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
