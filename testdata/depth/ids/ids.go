// want package:`helpers\(NewJob\)\}$`

// Package ids returns structs whose fields hold generated values.
package ids

import "github.com/google/uuid"

type Job struct {
	Ref   string
	Token string
}

func NewJob() *Job { // want NewJob:`generated\(field Ref: uuid.NewString\)`
	return &Job{Ref: uuid.NewString(), Token: "t"}
}
