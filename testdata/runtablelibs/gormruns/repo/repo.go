// want package:"runtable\\(writes\\)"

// Package repo wraps gorm for other packages: a generic repository and a
// helper given the table.
package repo

import (
	"context"

	"gorm.io/gorm"
)

// Repo stores values of one model type.
type Repo[T any] struct{ db *gorm.DB }

func New[T any](db *gorm.DB) *Repo[T] { return &Repo[T]{db: db} }

func (r *Repo[T]) Add(ctx context.Context, v *T) error { // want Add:"writes\\(gorm Create model \\{param1\\}\\)"
	return r.db.WithContext(ctx).Create(v).Error
}

func (r *Repo[T]) Get(ctx context.Context, id uint) (*T, error) {
	var v T
	err := r.db.WithContext(ctx).First(&v, id).Error
	return &v, err
}

// Insert writes a row into the table it is given.
func Insert(db *gorm.DB, table string, row any) error { // want Insert:"writes\\(gorm Create \\{param1\\}\\)"
	return db.Table(table).Create(row).Error
}
