package testsoff

import (
	"testing"

	"github.com/google/uuid"
)

func TestStart(t *testing.T) {
	in := Input{RunID: uuid.NewString()}
	if Start(in) == "" {
		t.Fatal("empty")
	}
}
