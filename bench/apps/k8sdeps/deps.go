// Package k8sdeps is a module with no code of its own: it isolates what the
// dependencies of a typical Kubernetes operator or go-kit service cost.
// Because tracelint's analyzers use facts, every package of the import graph
// is analysed; this module measures that part alone (`./...` here analyses
// only this file, and everything below it).
package k8sdeps

import (
	_ "github.com/go-kit/kit/metrics/cloudwatch2"
	_ "github.com/go-kit/kit/transport/http"
	_ "k8s.io/api/apps/v1"
	_ "k8s.io/api/batch/v1"
	_ "k8s.io/api/core/v1"
	_ "k8s.io/client-go/kubernetes"
	_ "sigs.k8s.io/controller-runtime/pkg/client"
	_ "sigs.k8s.io/controller-runtime/pkg/reconcile"
)
