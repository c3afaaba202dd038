// Package prefix opens gorm with a naming strategy.
package prefix

import (
	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

type PipelineRun struct {
	ID     uint
	Status string
}

type Rerun struct{ ID uint }

func open(d gorm.Dialector) (*gorm.DB, error) {
	return gorm.Open(d, &gorm.Config{NamingStrategy: schema.NamingStrategy{TablePrefix: "etl.", SingularTable: true}})
}

func write(db *gorm.DB) {
	db.Create(&PipelineRun{}) // want `"etl.pipeline_run" \(gorm Create\)`
	db.Create(&Rerun{})
}
