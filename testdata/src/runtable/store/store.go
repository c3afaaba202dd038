// want package:"runtable\\(writes\\)"

// Package store has write helpers whose table comes from the caller.
package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type Store struct {
	db  *dynamodb.Client
	sql *sql.DB
}

func (s *Store) Put(ctx context.Context, table string, item map[string]types.AttributeValue) error { // want Put:"writes\\(DynamoDB PutItem \\{param1\\}\\)"
	_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table), Item: item})
	return err
}

func (s *Store) Insert(ctx context.Context, schema, table string, id string) error { // want Insert:"writes\\(SQL INSERT \\{param1\\}.\\{param2\\}\\)"
	_, err := s.sql.ExecContext(ctx, fmt.Sprintf(`INSERT INTO %s.%s (id) VALUES ($1)`, schema, table), id)
	return err
}

func Create(ctx context.Context, c *dynamodb.Client, prefix string) error { // want Create:"writes\\(DynamoDB CreateTable \\{param2\\}_table\\)"
	_, err := c.CreateTable(ctx, &dynamodb.CreateTableInput{TableName: aws.String(prefix + "_table")})
	return err
}

// Save writes through Put: its own fact says the same.
func (s *Store) Save(ctx context.Context, table string) error { // want Save:"writes\\(DynamoDB PutItem \\{param1\\}\\)"
	return s.Put(ctx, table, nil)
}

// Runs always writes a run table: reported here, not at its callers.
func (s *Store) Runs(ctx context.Context) error {
	return s.Put(ctx, "job_runs", nil) // want `"job_runs" \(DynamoDB PutItem via store.Store.Put\)`
}

func (s *Store) Get(ctx context.Context, table string) error {
	_, err := s.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table)})
	return err
}

func Exec(ctx context.Context, db *sql.DB, query string) error { // want Exec:"writes\\(SQL statement \\{param2\\}\\)"
	_, err := db.ExecContext(ctx, query)
	return err
}

func Send(ctx context.Context, c *dynamodb.Client, in *dynamodb.UpdateItemInput) error { // want Send:"writes\\(DynamoDB UpdateItem input \\{param2\\}\\)"
	_, err := c.UpdateItem(ctx, in)
	return err
}

// Read only reads: no fact, whatever the table.
func Read(ctx context.Context, db *sql.DB, table string) error {
	_, err := db.QueryContext(ctx, "SELECT * FROM "+table)
	return err
}
