// Package s3write recognises the calls that write an S3 object, for the
// analyzers that check what is written where (markers: the bodies of
// _SUCCESS and _LATEST.json; runpaths: the partition segments of data
// keys): PutObject, CopyObject (its destination), CreateMultipartUpload and
// the upload managers (v2 feature/s3/manager Uploader.Upload and
// feature/s3/transfermanager Client.UploadObject, v1 s3manager
// Uploader.Upload and UploadWithContext), of both SDKs, by input type
// (awsop), so that calls through interfaces, embedded clients and generic
// wrappers count.
//
// It also holds what the two analyzers share about a write's key: its
// templates (strval, with helpers of other packages read from the
// analyzer's facts) and where a finding about it belongs.
package s3write

import (
	"go/ast"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// The operations that write an object.
var (
	PutObject             = awsop.Op{Service: "s3", Name: "PutObject"}
	CopyObject            = awsop.Op{Service: "s3", Name: "CopyObject"}
	CreateMultipartUpload = awsop.Op{Service: "s3", Name: "CreateMultipartUpload"}
	Upload                = awsop.S3Upload
)

var matcher = awsop.NewMatcher(PutObject, CopyObject, CreateMultipartUpload, Upload)

// packages are the import paths of the operations' packages.
var packages = matcher.Packages()

// Imports reports whether pkg imports a package whose operations write S3
// objects (or one below it): the cheap check that lets an analyzer skip a
// package that cannot write one itself.
func Imports(pkg *types.Package) bool { return awsop.ImportsAny(pkg, packages...) }

// A Write is a call that writes an S3 object.
type Write struct {
	awsop.Call
}

// Match reports whether call writes an S3 object.
func Match(info *types.Info, call *ast.CallExpr) (Write, bool) {
	c, ok := matcher.Match(info, call)
	return Write{c}, ok
}

// HasBody reports whether the write sends a body of its own (in the input's
// Body field): PutObject and the uploads do; a copy takes its source's, and
// CreateMultipartUpload's parts come later.
func (w Write) HasBody() bool { return HasBody(w.Op) }

// HasBody reports whether op sends the body in its input's Body field.
func HasBody(op awsop.Op) bool { return op == PutObject || op == Upload }

// Describe names an operation for findings: "PutObject", "upload manager".
func Describe(op awsop.Op) string {
	if op == Upload {
		return "upload manager"
	}
	return op.Name
}

// WrittenBy names a write for findings: "written by PutObject", "written by
// PutObject in store.Client.Put" when it is made by a wrapper the finding's
// call passes the key or body to.
func WrittenBy(op awsop.Op, via *types.Func) string {
	s := "written by " + Describe(op)
	if via != nil {
		s += " in " + resolve.QualifiedName(via)
	}
	return s
}

// OpNamed returns the write operation Describe or Op.Name named, for facts
// that record it by name.
func OpNamed(name string) (awsop.Op, bool) {
	for _, op := range []awsop.Op{PutObject, CopyObject, CreateMultipartUpload, Upload} {
		if op.Name == name {
			return op, true
		}
	}
	return awsop.Op{}, false
}
