// Package ddbutil has the DynamoDB helpers the commands share.
package ddbutil

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// PutAPI is the slice of the DynamoDB client the helpers use.
type PutAPI interface {
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
}

// Put writes one item to table. Whether that is allowed depends on the
// table: tracelint records that the table is the caller's argument, so a
// run table passed in is reported at the call.
func Put(ctx context.Context, api PutAPI, table string, item map[string]types.AttributeValue) error {
	_, err := api.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table), Item: item})
	return err
}
