// Package dirs embeds a whole directory tree of migrations.
package dirs

import "embed"

//go:embed db
var migrations embed.FS

//go:embed all:db/_drafts
var drafts embed.FS
