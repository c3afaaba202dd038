package fix

import "github.com/google/uuid"

type Pair struct{ RunID, RunKey string }

// Two fixes would each leave the other use of uuid: neither is offered.
func pair() Pair {
	return Pair{RunID: uuid.NewString(), RunKey: uuid.NewString()} // want `run identifier RunID is generated` `run identifier RunKey is generated`
}
