// Stub of github.com/aws/aws-sdk-go-v2/service/dynamodb for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package dynamodb provides the API client, operations, and parameter types for
// Amazon DynamoDB.
package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Client provides the API client to make operations call for Amazon DynamoDB.
type Client struct {
	options Options
}

type Options struct {
	AppID            string
	BaseEndpoint     *string
	Region           string
	RetryMaxAttempts int
}

func New(options Options, optFns ...func(*Options)) *Client {
	for _, fn := range optFns {
		fn(&options)
	}
	return &Client{options: options}
}

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	return New(Options{Region: cfg.Region}, optFns...)
}

func (c *Client) Options() Options { return c.options }

// ---- CreateTable

type CreateTableInput struct {
	TableName                 *string
	AttributeDefinitions      []types.AttributeDefinition
	BillingMode               types.BillingMode
	DeletionProtectionEnabled *bool
	KeySchema                 []types.KeySchemaElement
	ProvisionedThroughput     *types.ProvisionedThroughput
	ResourcePolicy            *string
}

type CreateTableOutput struct {
	TableDescription *types.TableDescription
}

func (c *Client) CreateTable(ctx context.Context, params *CreateTableInput, optFns ...func(*Options)) (*CreateTableOutput, error) {
	return &CreateTableOutput{}, nil
}

// ---- PutItem

type PutItemInput struct {
	Item                                map[string]types.AttributeValue
	TableName                           *string
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]types.AttributeValue
	ReturnConsumedCapacity              types.ReturnConsumedCapacity
	ReturnValues                        types.ReturnValue
	ReturnValuesOnConditionCheckFailure types.ReturnValuesOnConditionCheckFailure
}

type PutItemOutput struct {
	Attributes       map[string]types.AttributeValue
	ConsumedCapacity *types.ConsumedCapacity
}

func (c *Client) PutItem(ctx context.Context, params *PutItemInput, optFns ...func(*Options)) (*PutItemOutput, error) {
	return &PutItemOutput{}, nil
}

// ---- UpdateItem

type UpdateItemInput struct {
	Key                                 map[string]types.AttributeValue
	TableName                           *string
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]types.AttributeValue
	ReturnConsumedCapacity              types.ReturnConsumedCapacity
	ReturnValues                        types.ReturnValue
	ReturnValuesOnConditionCheckFailure types.ReturnValuesOnConditionCheckFailure
	UpdateExpression                    *string
}

type UpdateItemOutput struct {
	Attributes       map[string]types.AttributeValue
	ConsumedCapacity *types.ConsumedCapacity
}

func (c *Client) UpdateItem(ctx context.Context, params *UpdateItemInput, optFns ...func(*Options)) (*UpdateItemOutput, error) {
	return &UpdateItemOutput{}, nil
}

// ---- DeleteItem

type DeleteItemInput struct {
	Key                                 map[string]types.AttributeValue
	TableName                           *string
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]types.AttributeValue
	ReturnConsumedCapacity              types.ReturnConsumedCapacity
	ReturnValues                        types.ReturnValue
	ReturnValuesOnConditionCheckFailure types.ReturnValuesOnConditionCheckFailure
}

type DeleteItemOutput struct {
	Attributes       map[string]types.AttributeValue
	ConsumedCapacity *types.ConsumedCapacity
}

func (c *Client) DeleteItem(ctx context.Context, params *DeleteItemInput, optFns ...func(*Options)) (*DeleteItemOutput, error) {
	return &DeleteItemOutput{}, nil
}

// ---- GetItem (read)

type GetItemInput struct {
	Key                      map[string]types.AttributeValue
	TableName                *string
	ConsistentRead           *bool
	ExpressionAttributeNames map[string]string
	ProjectionExpression     *string
	ReturnConsumedCapacity   types.ReturnConsumedCapacity
}

type GetItemOutput struct {
	ConsumedCapacity *types.ConsumedCapacity
	Item             map[string]types.AttributeValue
}

func (c *Client) GetItem(ctx context.Context, params *GetItemInput, optFns ...func(*Options)) (*GetItemOutput, error) {
	return &GetItemOutput{}, nil
}

// ---- Query (read)

type QueryInput struct {
	TableName                 *string
	ConsistentRead            *bool
	ExclusiveStartKey         map[string]types.AttributeValue
	ExpressionAttributeNames  map[string]string
	ExpressionAttributeValues map[string]types.AttributeValue
	FilterExpression          *string
	IndexName                 *string
	KeyConditionExpression    *string
	Limit                     *int32
	ProjectionExpression      *string
	ReturnConsumedCapacity    types.ReturnConsumedCapacity
	ScanIndexForward          *bool
}

type QueryOutput struct {
	ConsumedCapacity *types.ConsumedCapacity
	Count            int32
	Items            []map[string]types.AttributeValue
	LastEvaluatedKey map[string]types.AttributeValue
	ScannedCount     int32
}

func (c *Client) Query(ctx context.Context, params *QueryInput, optFns ...func(*Options)) (*QueryOutput, error) {
	return &QueryOutput{}, nil
}

// ---- BatchWriteItem

type BatchWriteItemInput struct {
	RequestItems           map[string][]types.WriteRequest
	ReturnConsumedCapacity types.ReturnConsumedCapacity
}

type BatchWriteItemOutput struct {
	ConsumedCapacity []types.ConsumedCapacity
	UnprocessedItems map[string][]types.WriteRequest
}

func (c *Client) BatchWriteItem(ctx context.Context, params *BatchWriteItemInput, optFns ...func(*Options)) (*BatchWriteItemOutput, error) {
	return &BatchWriteItemOutput{}, nil
}

// ---- TransactWriteItems

type TransactWriteItemsInput struct {
	TransactItems          []types.TransactWriteItem
	ClientRequestToken     *string
	ReturnConsumedCapacity types.ReturnConsumedCapacity
}

type TransactWriteItemsOutput struct {
	ConsumedCapacity []types.ConsumedCapacity
}

func (c *Client) TransactWriteItems(ctx context.Context, params *TransactWriteItemsInput, optFns ...func(*Options)) (*TransactWriteItemsOutput, error) {
	return &TransactWriteItemsOutput{}, nil
}

// ---- ExecuteStatement (PartiQL)

type ExecuteStatementInput struct {
	Statement                           *string
	ConsistentRead                      *bool
	Limit                               *int32
	NextToken                           *string
	Parameters                          []types.AttributeValue
	ReturnConsumedCapacity              types.ReturnConsumedCapacity
	ReturnValuesOnConditionCheckFailure types.ReturnValuesOnConditionCheckFailure
}

type ExecuteStatementOutput struct {
	ConsumedCapacity *types.ConsumedCapacity
	Items            []map[string]types.AttributeValue
	LastEvaluatedKey map[string]types.AttributeValue
	NextToken        *string
}

func (c *Client) ExecuteStatement(ctx context.Context, params *ExecuteStatementInput, optFns ...func(*Options)) (*ExecuteStatementOutput, error) {
	return &ExecuteStatementOutput{}, nil
}

// ---- BatchExecuteStatement (PartiQL)

type BatchExecuteStatementInput struct {
	Statements             []types.BatchStatementRequest
	ReturnConsumedCapacity types.ReturnConsumedCapacity
}

type BatchExecuteStatementOutput struct {
	ConsumedCapacity []types.ConsumedCapacity
	Responses        []types.BatchStatementResponse
}

func (c *Client) BatchExecuteStatement(ctx context.Context, params *BatchExecuteStatementInput, optFns ...func(*Options)) (*BatchExecuteStatementOutput, error) {
	return &BatchExecuteStatementOutput{}, nil
}

// ---- ExecuteTransaction (PartiQL)

type ExecuteTransactionInput struct {
	TransactStatements     []types.ParameterizedStatement
	ClientRequestToken     *string
	ReturnConsumedCapacity types.ReturnConsumedCapacity
}

type ExecuteTransactionOutput struct {
	ConsumedCapacity []types.ConsumedCapacity
	Responses        []types.ItemResponse
}

func (c *Client) ExecuteTransaction(ctx context.Context, params *ExecuteTransactionInput, optFns ...func(*Options)) (*ExecuteTransactionOutput, error) {
	return &ExecuteTransactionOutput{}, nil
}
