// Stub of github.com/aws/aws-sdk-go/service/dynamodb for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package dynamodb provides the client and types for making API requests to
// Amazon DynamoDB.
package dynamodb

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// DynamoDB provides the API operation methods for making requests to the service.
type DynamoDB struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "dynamodb"  // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
	ServiceID   = "DynamoDB"  // ServiceID is a unique identifier of a specific service.
)

// New creates a new instance of the DynamoDB client with a config provider (for
// example a *session.Session).
func New(p client.ConfigProvider, cfgs ...*aws.Config) *DynamoDB {
	c := p.ClientConfig(EndpointsID, cfgs...)
	cl := &client.Client{Handlers: c.Handlers}
	if c.Config != nil {
		cl.Config = *c.Config
	}
	return &DynamoDB{Client: cl}
}

const (
	// BillingModeProvisioned is a BillingMode enum value
	BillingModeProvisioned = "PROVISIONED"

	// BillingModePayPerRequest is a BillingMode enum value
	BillingModePayPerRequest = "PAY_PER_REQUEST"
)

const (
	// KeyTypeHash is a KeyType enum value
	KeyTypeHash = "HASH"

	// KeyTypeRange is a KeyType enum value
	KeyTypeRange = "RANGE"
)

const (
	// ScalarAttributeTypeS is a ScalarAttributeType enum value
	ScalarAttributeTypeS = "S"

	// ScalarAttributeTypeN is a ScalarAttributeType enum value
	ScalarAttributeTypeN = "N"

	// ScalarAttributeTypeB is a ScalarAttributeType enum value
	ScalarAttributeTypeB = "B"
)

const (
	// ReturnValueNone is a ReturnValue enum value
	ReturnValueNone = "NONE"

	// ReturnValueAllOld is a ReturnValue enum value
	ReturnValueAllOld = "ALL_OLD"

	// ReturnValueAllNew is a ReturnValue enum value
	ReturnValueAllNew = "ALL_NEW"
)

const (
	// ReturnConsumedCapacityTotal is a ReturnConsumedCapacity enum value
	ReturnConsumedCapacityTotal = "TOTAL"

	// ReturnConsumedCapacityNone is a ReturnConsumedCapacity enum value
	ReturnConsumedCapacityNone = "NONE"
)

// AttributeValue represents the data for an attribute.
type AttributeValue struct {
	B    []byte
	BOOL *bool
	BS   [][]byte
	L    []*AttributeValue
	M    map[string]*AttributeValue
	N    *string
	NS   []*string
	NULL *bool
	S    *string
	SS   []*string
}

type KeySchemaElement struct {
	AttributeName *string
	KeyType       *string
}

type AttributeDefinition struct {
	AttributeName *string
	AttributeType *string
}

type ProvisionedThroughput struct {
	ReadCapacityUnits  *int64
	WriteCapacityUnits *int64
}

type TableDescription struct {
	AttributeDefinitions []*AttributeDefinition
	ItemCount            *int64
	KeySchema            []*KeySchemaElement
	TableArn             *string
	TableId              *string
	TableName            *string
	TableStatus          *string
}

type Capacity struct {
	CapacityUnits      *float64
	ReadCapacityUnits  *float64
	WriteCapacityUnits *float64
}

type ConsumedCapacity struct {
	CapacityUnits      *float64
	ReadCapacityUnits  *float64
	Table              *Capacity
	TableName          *string
	WriteCapacityUnits *float64
}

type PutRequest struct {
	Item map[string]*AttributeValue
}

type DeleteRequest struct {
	Key map[string]*AttributeValue
}

type WriteRequest struct {
	DeleteRequest *DeleteRequest
	PutRequest    *PutRequest
}

type Put struct {
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]*string
	ExpressionAttributeValues           map[string]*AttributeValue
	Item                                map[string]*AttributeValue
	ReturnValuesOnConditionCheckFailure *string
	TableName                           *string
}

type Update struct {
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]*string
	ExpressionAttributeValues           map[string]*AttributeValue
	Key                                 map[string]*AttributeValue
	ReturnValuesOnConditionCheckFailure *string
	TableName                           *string
	UpdateExpression                    *string
}

type Delete struct {
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]*string
	ExpressionAttributeValues           map[string]*AttributeValue
	Key                                 map[string]*AttributeValue
	ReturnValuesOnConditionCheckFailure *string
	TableName                           *string
}

type ConditionCheck struct {
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]*string
	ExpressionAttributeValues           map[string]*AttributeValue
	Key                                 map[string]*AttributeValue
	ReturnValuesOnConditionCheckFailure *string
	TableName                           *string
}

type TransactWriteItem struct {
	ConditionCheck *ConditionCheck
	Delete         *Delete
	Put            *Put
	Update         *Update
}

type BatchStatementRequest struct {
	ConsistentRead                      *bool
	Parameters                          []*AttributeValue
	ReturnValuesOnConditionCheckFailure *string
	Statement                           *string
}

type BatchStatementResponse struct {
	Item      map[string]*AttributeValue
	TableName *string
}

type ParameterizedStatement struct {
	Parameters                          []*AttributeValue
	ReturnValuesOnConditionCheckFailure *string
	Statement                           *string
}

type ItemResponse struct {
	Item map[string]*AttributeValue
}

type CreateTableInput struct {
	AttributeDefinitions      []*AttributeDefinition
	BillingMode               *string
	DeletionProtectionEnabled *bool
	KeySchema                 []*KeySchemaElement
	ProvisionedThroughput     *ProvisionedThroughput
	ResourcePolicy            *string
	TableName                 *string
}

type CreateTableOutput struct {
	TableDescription *TableDescription
}

type PutItemInput struct {
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]*string
	ExpressionAttributeValues           map[string]*AttributeValue
	Item                                map[string]*AttributeValue
	ReturnConsumedCapacity              *string
	ReturnValues                        *string
	ReturnValuesOnConditionCheckFailure *string
	TableName                           *string
}

type PutItemOutput struct {
	Attributes       map[string]*AttributeValue
	ConsumedCapacity *ConsumedCapacity
}

type UpdateItemInput struct {
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]*string
	ExpressionAttributeValues           map[string]*AttributeValue
	Key                                 map[string]*AttributeValue
	ReturnConsumedCapacity              *string
	ReturnValues                        *string
	ReturnValuesOnConditionCheckFailure *string
	TableName                           *string
	UpdateExpression                    *string
}

type UpdateItemOutput struct {
	Attributes       map[string]*AttributeValue
	ConsumedCapacity *ConsumedCapacity
}

type DeleteItemInput struct {
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]*string
	ExpressionAttributeValues           map[string]*AttributeValue
	Key                                 map[string]*AttributeValue
	ReturnConsumedCapacity              *string
	ReturnValues                        *string
	ReturnValuesOnConditionCheckFailure *string
	TableName                           *string
}

type DeleteItemOutput struct {
	Attributes       map[string]*AttributeValue
	ConsumedCapacity *ConsumedCapacity
}

type GetItemInput struct {
	ConsistentRead           *bool
	ExpressionAttributeNames map[string]*string
	Key                      map[string]*AttributeValue
	ProjectionExpression     *string
	ReturnConsumedCapacity   *string
	TableName                *string
}

type GetItemOutput struct {
	ConsumedCapacity *ConsumedCapacity
	Item             map[string]*AttributeValue
}

type QueryInput struct {
	ConsistentRead            *bool
	ExclusiveStartKey         map[string]*AttributeValue
	ExpressionAttributeNames  map[string]*string
	ExpressionAttributeValues map[string]*AttributeValue
	FilterExpression          *string
	IndexName                 *string
	KeyConditionExpression    *string
	Limit                     *int64
	ProjectionExpression      *string
	ReturnConsumedCapacity    *string
	ScanIndexForward          *bool
	TableName                 *string
}

type QueryOutput struct {
	ConsumedCapacity *ConsumedCapacity
	Count            *int64
	Items            []map[string]*AttributeValue
	LastEvaluatedKey map[string]*AttributeValue
	ScannedCount     *int64
}

type BatchWriteItemInput struct {
	RequestItems           map[string][]*WriteRequest
	ReturnConsumedCapacity *string
}

type BatchWriteItemOutput struct {
	ConsumedCapacity []*ConsumedCapacity
	UnprocessedItems map[string][]*WriteRequest
}

type TransactWriteItemsInput struct {
	ClientRequestToken     *string
	ReturnConsumedCapacity *string
	TransactItems          []*TransactWriteItem
}

type TransactWriteItemsOutput struct {
	ConsumedCapacity []*ConsumedCapacity
}

type ExecuteStatementInput struct {
	ConsistentRead                      *bool
	Limit                               *int64
	NextToken                           *string
	Parameters                          []*AttributeValue
	ReturnConsumedCapacity              *string
	ReturnValuesOnConditionCheckFailure *string
	Statement                           *string
}

type ExecuteStatementOutput struct {
	ConsumedCapacity *ConsumedCapacity
	Items            []map[string]*AttributeValue
	LastEvaluatedKey map[string]*AttributeValue
	NextToken        *string
}

type BatchExecuteStatementInput struct {
	ReturnConsumedCapacity *string
	Statements             []*BatchStatementRequest
}

type BatchExecuteStatementOutput struct {
	ConsumedCapacity []*ConsumedCapacity
	Responses        []*BatchStatementResponse
}

type ExecuteTransactionInput struct {
	ClientRequestToken     *string
	ReturnConsumedCapacity *string
	TransactStatements     []*ParameterizedStatement
}

type ExecuteTransactionOutput struct {
	ConsumedCapacity []*ConsumedCapacity
	Responses        []*ItemResponse
}

func (s *AttributeValue) SetBOOL(v bool) *AttributeValue {
	s.BOOL = &v
	return s
}

func (s *AttributeValue) SetL(v []*AttributeValue) *AttributeValue {
	s.L = v
	return s
}

func (s *AttributeValue) SetM(v map[string]*AttributeValue) *AttributeValue {
	s.M = v
	return s
}

func (s *AttributeValue) SetN(v string) *AttributeValue {
	s.N = &v
	return s
}

func (s *AttributeValue) SetS(v string) *AttributeValue {
	s.S = &v
	return s
}

func (s *PutItemInput) SetTableName(v string) *PutItemInput {
	s.TableName = &v
	return s
}

func (s *DeleteItemInput) SetTableName(v string) *DeleteItemInput {
	s.TableName = &v
	return s
}

func (s *UpdateItemInput) SetTableName(v string) *UpdateItemInput {
	s.TableName = &v
	return s
}

func (s *GetItemInput) SetTableName(v string) *GetItemInput {
	s.TableName = &v
	return s
}

func (s *PutItemInput) SetItem(v map[string]*AttributeValue) *PutItemInput {
	s.Item = v
	return s
}

func (s *UpdateItemInput) SetKey(v map[string]*AttributeValue) *UpdateItemInput {
	s.Key = v
	return s
}

func (s *DeleteItemInput) SetKey(v map[string]*AttributeValue) *DeleteItemInput {
	s.Key = v
	return s
}

func (s *GetItemInput) SetKey(v map[string]*AttributeValue) *GetItemInput {
	s.Key = v
	return s
}

func (s *ExecuteStatementInput) SetStatement(v string) *ExecuteStatementInput {
	s.Statement = &v
	return s
}

func (c *DynamoDB) CreateTableRequest(input *CreateTableInput) (req *request.Request, output *CreateTableOutput) {
	output = &CreateTableOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "CreateTable", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) CreateTable(input *CreateTableInput) (*CreateTableOutput, error) {
	req, out := c.CreateTableRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) CreateTableWithContext(ctx aws.Context, input *CreateTableInput, opts ...request.Option) (*CreateTableOutput, error) {
	req, out := c.CreateTableRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *DynamoDB) PutItemRequest(input *PutItemInput) (req *request.Request, output *PutItemOutput) {
	output = &PutItemOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "PutItem", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) PutItem(input *PutItemInput) (*PutItemOutput, error) {
	req, out := c.PutItemRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) PutItemWithContext(ctx aws.Context, input *PutItemInput, opts ...request.Option) (*PutItemOutput, error) {
	req, out := c.PutItemRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *DynamoDB) UpdateItemRequest(input *UpdateItemInput) (req *request.Request, output *UpdateItemOutput) {
	output = &UpdateItemOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "UpdateItem", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) UpdateItem(input *UpdateItemInput) (*UpdateItemOutput, error) {
	req, out := c.UpdateItemRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) UpdateItemWithContext(ctx aws.Context, input *UpdateItemInput, opts ...request.Option) (*UpdateItemOutput, error) {
	req, out := c.UpdateItemRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *DynamoDB) DeleteItemRequest(input *DeleteItemInput) (req *request.Request, output *DeleteItemOutput) {
	output = &DeleteItemOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "DeleteItem", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) DeleteItem(input *DeleteItemInput) (*DeleteItemOutput, error) {
	req, out := c.DeleteItemRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) DeleteItemWithContext(ctx aws.Context, input *DeleteItemInput, opts ...request.Option) (*DeleteItemOutput, error) {
	req, out := c.DeleteItemRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *DynamoDB) GetItemRequest(input *GetItemInput) (req *request.Request, output *GetItemOutput) {
	output = &GetItemOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "GetItem", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) GetItem(input *GetItemInput) (*GetItemOutput, error) {
	req, out := c.GetItemRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) GetItemWithContext(ctx aws.Context, input *GetItemInput, opts ...request.Option) (*GetItemOutput, error) {
	req, out := c.GetItemRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *DynamoDB) QueryRequest(input *QueryInput) (req *request.Request, output *QueryOutput) {
	output = &QueryOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "Query", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) Query(input *QueryInput) (*QueryOutput, error) {
	req, out := c.QueryRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) QueryWithContext(ctx aws.Context, input *QueryInput, opts ...request.Option) (*QueryOutput, error) {
	req, out := c.QueryRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *DynamoDB) BatchWriteItemRequest(input *BatchWriteItemInput) (req *request.Request, output *BatchWriteItemOutput) {
	output = &BatchWriteItemOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "BatchWriteItem", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) BatchWriteItem(input *BatchWriteItemInput) (*BatchWriteItemOutput, error) {
	req, out := c.BatchWriteItemRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) BatchWriteItemWithContext(ctx aws.Context, input *BatchWriteItemInput, opts ...request.Option) (*BatchWriteItemOutput, error) {
	req, out := c.BatchWriteItemRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *DynamoDB) TransactWriteItemsRequest(input *TransactWriteItemsInput) (req *request.Request, output *TransactWriteItemsOutput) {
	output = &TransactWriteItemsOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "TransactWriteItems", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) TransactWriteItems(input *TransactWriteItemsInput) (*TransactWriteItemsOutput, error) {
	req, out := c.TransactWriteItemsRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) TransactWriteItemsWithContext(ctx aws.Context, input *TransactWriteItemsInput, opts ...request.Option) (*TransactWriteItemsOutput, error) {
	req, out := c.TransactWriteItemsRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *DynamoDB) ExecuteStatementRequest(input *ExecuteStatementInput) (req *request.Request, output *ExecuteStatementOutput) {
	output = &ExecuteStatementOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "ExecuteStatement", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) ExecuteStatement(input *ExecuteStatementInput) (*ExecuteStatementOutput, error) {
	req, out := c.ExecuteStatementRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) ExecuteStatementWithContext(ctx aws.Context, input *ExecuteStatementInput, opts ...request.Option) (*ExecuteStatementOutput, error) {
	req, out := c.ExecuteStatementRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *DynamoDB) BatchExecuteStatementRequest(input *BatchExecuteStatementInput) (req *request.Request, output *BatchExecuteStatementOutput) {
	output = &BatchExecuteStatementOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "BatchExecuteStatement", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) BatchExecuteStatement(input *BatchExecuteStatementInput) (*BatchExecuteStatementOutput, error) {
	req, out := c.BatchExecuteStatementRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) BatchExecuteStatementWithContext(ctx aws.Context, input *BatchExecuteStatementInput, opts ...request.Option) (*BatchExecuteStatementOutput, error) {
	req, out := c.BatchExecuteStatementRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *DynamoDB) ExecuteTransactionRequest(input *ExecuteTransactionInput) (req *request.Request, output *ExecuteTransactionOutput) {
	output = &ExecuteTransactionOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "ExecuteTransaction", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *DynamoDB) ExecuteTransaction(input *ExecuteTransactionInput) (*ExecuteTransactionOutput, error) {
	req, out := c.ExecuteTransactionRequest(input)
	return out, req.Send()
}

func (c *DynamoDB) ExecuteTransactionWithContext(ctx aws.Context, input *ExecuteTransactionInput, opts ...request.Option) (*ExecuteTransactionOutput, error) {
	req, out := c.ExecuteTransactionRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}
