package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
)

type JobRun struct{ ent.Schema }

func (JobRun) Fields() []ent.Field {
	return []ent.Field{
		field.String("run_id"),
		field.String("status"),
		field.Time("started_at"),
	}
}

type Order struct{ ent.Schema }

func (Order) Fields() []ent.Field {
	return []ent.Field{field.String("sku")}
}
