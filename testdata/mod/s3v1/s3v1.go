// Package s3v1 gives markers and runpaths findings in the shared module,
// against the real aws-sdk-go S3 package (the v1 module is already a
// requirement here; the analyzers' own module-mode tests are in
// testdata/s3).
package s3v1

import (
	"strings"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3iface"
)

func write(api s3iface.S3API, dt string) {
	api.PutObject(&s3.PutObjectInput{Key: aws.String("raw/orders/dt=" + dt + "/part-0.json"), Body: strings.NewReader("{}")}) // runpaths: no run_id= segment
	api.PutObject(&s3.PutObjectInput{Key: aws.String("raw/orders/run_id=r/dt=" + dt + "/_SUCCESS")})                          // markers: an empty _SUCCESS
}
