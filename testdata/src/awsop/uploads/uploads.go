// Package uploads exercises the matcher on S3 object writes: the service
// operations and the upload managers (awsop.S3Upload), which are matched by
// their input type like operations.
package uploads

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3iface"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
	"github.com/aws/aws-sdk-go/service/s3/s3manager/s3manageriface"
)

// uploader is how code fakes the v2 upload manager.
type uploader interface {
	Upload(ctx context.Context, in *s3.PutObjectInput, opts ...func(*manager.Uploader)) (*manager.UploadOutput, error)
}

// narrowUploader drops the options: its method name says what it is.
type narrowUploader interface {
	Upload(ctx context.Context, in *s3.PutObjectInput) (*manager.UploadOutput, error)
}

// store takes the input under another name and no options: not an
// operation (a wrapper; its body is what analyzers look at).
type store interface {
	Save(ctx context.Context, in *s3.PutObjectInput) error
}

func v2(ctx context.Context, c *s3.Client, mgr *manager.Uploader, u uploader, n narrowUploader, st store) {
	in := &s3.PutObjectInput{}
	c.PutObject(ctx, in)                                              // want `s3.PutObject v2 in`
	mgr.Upload(ctx, in)                                               // want `s3.Upload v2 in`
	mgr.Upload(ctx, in, func(u *manager.Uploader) { u.PartSize = 1 }) // want `s3.Upload v2 in`
	u.Upload(ctx, in)                                                 // want `s3.Upload v2 in`
	n.Upload(ctx, in)                                                 // want `s3.Upload v2 in`
	manager.NewUploader(c).Upload(ctx, in)                            // want `s3.Upload v2 in`
	st.Save(ctx, in)
	c.CopyObject(ctx, &s3.CopyObjectInput{})                       // want `s3.CopyObject v2 &s3.CopyObjectInput{}`
	c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{}) // want `s3.CreateMultipartUpload v2 &s3.CreateMultipartUploadInput{}`
	c.GetObject(ctx, &s3.GetObjectInput{})                         // a read
	c.UploadPart(ctx, &s3.UploadPartInput{})                       // a part of an upload started by CreateMultipartUpload
}

func v1(ctx context.Context, c *s3v1.S3, ci s3iface.S3API, mgr *s3manager.Uploader, ui s3manageriface.UploaderAPI) {
	in := &s3v1.PutObjectInput{}
	c.PutObject(in)                       // want `s3.PutObject v1 in`
	ci.PutObjectWithContext(ctx, in)      // want `s3.PutObject v1 in`
	c.CopyObject(&s3v1.CopyObjectInput{}) // want `s3.CopyObject v1 &s3v1.CopyObjectInput{}`
	up := &s3manager.UploadInput{}
	mgr.Upload(up)                 // want `s3.Upload v1 up`
	mgr.UploadWithContext(ctx, up) // want `s3.Upload v1 up`
	ui.Upload(up)                  // want `s3.Upload v1 up`
	ui.UploadWithContext(ctx, up)  // want `s3.Upload v1 up`
	describe(up)
}

func describe(*s3manager.UploadInput) {}
