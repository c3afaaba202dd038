package uuidrunid

import "testing"

func TestTrimVendor(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/google/uuid.New":                                "github.com/google/uuid.New",
		"example.com/app/vendor/github.com/google/uuid.New":         "github.com/google/uuid.New",
		"(*example.com/app/vendor/github.com/gofrs/uuid.Gen).NewV4": "(*github.com/gofrs/uuid.Gen).NewV4",
		"(app/vendor/x.io/y.T).M":                                   "(x.io/y.T).M",
		"vendor/golang.org/x/net/idna":                              "golang.org/x/net/idna",
		"crypto/rand.Text":                                          "crypto/rand.Text",
	} {
		if got := trimVendor(in); got != want {
			t.Errorf("trimVendor(%q) = %q, want %q", in, got, want)
		}
	}
}
