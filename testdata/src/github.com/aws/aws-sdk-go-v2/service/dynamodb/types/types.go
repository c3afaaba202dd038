// Stub of github.com/aws/aws-sdk-go-v2/service/dynamodb/types for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package types holds the Amazon DynamoDB API data types.
package types

// AttributeValue represents the data for an attribute. The interface is sealed:
// only the AttributeValueMember* types below implement it.
type AttributeValue interface {
	isAttributeValue()
}

type AttributeValueMemberB struct {
	Value []byte
}

func (*AttributeValueMemberB) isAttributeValue() {}

type AttributeValueMemberBOOL struct {
	Value bool
}

func (*AttributeValueMemberBOOL) isAttributeValue() {}

type AttributeValueMemberBS struct {
	Value [][]byte
}

func (*AttributeValueMemberBS) isAttributeValue() {}

type AttributeValueMemberL struct {
	Value []AttributeValue
}

func (*AttributeValueMemberL) isAttributeValue() {}

type AttributeValueMemberM struct {
	Value map[string]AttributeValue
}

func (*AttributeValueMemberM) isAttributeValue() {}

type AttributeValueMemberN struct {
	Value string
}

func (*AttributeValueMemberN) isAttributeValue() {}

type AttributeValueMemberNS struct {
	Value []string
}

func (*AttributeValueMemberNS) isAttributeValue() {}

type AttributeValueMemberNULL struct {
	Value bool
}

func (*AttributeValueMemberNULL) isAttributeValue() {}

type AttributeValueMemberS struct {
	Value string
}

func (*AttributeValueMemberS) isAttributeValue() {}

type AttributeValueMemberSS struct {
	Value []string
}

func (*AttributeValueMemberSS) isAttributeValue() {}

type BillingMode string

// Enum values for BillingMode
const (
	BillingModeProvisioned   BillingMode = "PROVISIONED"
	BillingModePayPerRequest BillingMode = "PAY_PER_REQUEST"
)

type KeyType string

// Enum values for KeyType
const (
	KeyTypeHash  KeyType = "HASH"
	KeyTypeRange KeyType = "RANGE"
)

type ScalarAttributeType string

// Enum values for ScalarAttributeType
const (
	ScalarAttributeTypeS ScalarAttributeType = "S"
	ScalarAttributeTypeN ScalarAttributeType = "N"
	ScalarAttributeTypeB ScalarAttributeType = "B"
)

type ReturnValue string

// Enum values for ReturnValue
const (
	ReturnValueNone       ReturnValue = "NONE"
	ReturnValueAllOld     ReturnValue = "ALL_OLD"
	ReturnValueUpdatedOld ReturnValue = "UPDATED_OLD"
	ReturnValueAllNew     ReturnValue = "ALL_NEW"
	ReturnValueUpdatedNew ReturnValue = "UPDATED_NEW"
)

type ReturnConsumedCapacity string

// Enum values for ReturnConsumedCapacity
const (
	ReturnConsumedCapacityIndexes ReturnConsumedCapacity = "INDEXES"
	ReturnConsumedCapacityTotal   ReturnConsumedCapacity = "TOTAL"
	ReturnConsumedCapacityNone    ReturnConsumedCapacity = "NONE"
)

type ReturnValuesOnConditionCheckFailure string

// Enum values for ReturnValuesOnConditionCheckFailure
const (
	ReturnValuesOnConditionCheckFailureAllOld ReturnValuesOnConditionCheckFailure = "ALL_OLD"
	ReturnValuesOnConditionCheckFailureNone   ReturnValuesOnConditionCheckFailure = "NONE"
)

type KeySchemaElement struct {
	AttributeName *string
	KeyType       KeyType
}

type AttributeDefinition struct {
	AttributeName *string
	AttributeType ScalarAttributeType
}

type ProvisionedThroughput struct {
	ReadCapacityUnits  *int64
	WriteCapacityUnits *int64
}

type TableDescription struct {
	AttributeDefinitions []AttributeDefinition
	ItemCount            *int64
	KeySchema            []KeySchemaElement
	TableArn             *string
	TableId              *string
	TableName            *string
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
	Item map[string]AttributeValue
}

type DeleteRequest struct {
	Key map[string]AttributeValue
}

type WriteRequest struct {
	DeleteRequest *DeleteRequest
	PutRequest    *PutRequest
}

type Put struct {
	Item                                map[string]AttributeValue
	TableName                           *string
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]AttributeValue
	ReturnValuesOnConditionCheckFailure ReturnValuesOnConditionCheckFailure
}

type Update struct {
	Key                                 map[string]AttributeValue
	TableName                           *string
	UpdateExpression                    *string
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]AttributeValue
	ReturnValuesOnConditionCheckFailure ReturnValuesOnConditionCheckFailure
}

type Delete struct {
	Key                                 map[string]AttributeValue
	TableName                           *string
	ConditionExpression                 *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]AttributeValue
	ReturnValuesOnConditionCheckFailure ReturnValuesOnConditionCheckFailure
}

type ConditionCheck struct {
	ConditionExpression                 *string
	Key                                 map[string]AttributeValue
	TableName                           *string
	ExpressionAttributeNames            map[string]string
	ExpressionAttributeValues           map[string]AttributeValue
	ReturnValuesOnConditionCheckFailure ReturnValuesOnConditionCheckFailure
}

type TransactWriteItem struct {
	ConditionCheck *ConditionCheck
	Delete         *Delete
	Put            *Put
	Update         *Update
}

type BatchStatementRequest struct {
	Statement                           *string
	ConsistentRead                      *bool
	Parameters                          []AttributeValue
	ReturnValuesOnConditionCheckFailure ReturnValuesOnConditionCheckFailure
}

type BatchStatementResponse struct {
	Item      map[string]AttributeValue
	TableName *string
}

type ParameterizedStatement struct {
	Statement                           *string
	Parameters                          []AttributeValue
	ReturnValuesOnConditionCheckFailure ReturnValuesOnConditionCheckFailure
}

type ItemResponse struct {
	Item map[string]AttributeValue
}
