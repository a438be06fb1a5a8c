// Command referrers-registry serves an OCI registry with the referrers API
// (GET /v2/<name>/referrers/<digest>) on a loopback address, for the tests: Debian's
// docker-registry (distribution 2.8) and distribution v3.1.2 have no referrers API, zot is not
// served by the Go module proxy. It is go-containerregistry's pkg/registry (in-memory
// manifests, blobs on disk) with two corrections that make it answer the way the OCI
// distribution spec 1.1 says:
//
//   - a referrer's descriptor carries the manifest's own `artifactType` when it has one
//     (pkg/registry reports the config media type, which is the empty descriptor's for
//     artifacts made the 1.1 way);
//   - a manifest PUT with a `subject` answers with the `OCI-Subject` header, which tells
//     clients the registry indexes referrers;
//   - deleting a manifest by digest removes the tags that point to it, as distribution does
//     (pkg/registry keeps them, so a deleted image would still pull by tag).
//
// Usage: referrers-registry -addr 127.0.0.1:PORT -blobs DIR
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"

	"github.com/google/go-containerregistry/pkg/registry"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:5000", "loopback address to listen on")
	blobs := flag.String("blobs", "", "directory for blobs (required)")
	flag.Parse()
	if *blobs == "" || !strings.HasPrefix(*addr, "127.") {
		fmt.Fprintln(os.Stderr, "usage: referrers-registry -addr 127.0.0.1:PORT -blobs DIR")
		os.Exit(2)
	}
	if err := os.MkdirAll(*blobs, 0o755); err != nil {
		log.Fatal(err)
	}
	inner := registry.New(
		registry.WithReferrersSupport(true),
		registry.WithBlobHandler(registry.NewDiskBlobHandler(*blobs)),
		registry.Logger(log.New(io.Discard, "", 0)),
	)
	log.Printf("referrers-registry listening on %s", *addr)
	log.Fatal(http.ListenAndServe(*addr, spec(inner)))
}

type manifestFields struct {
	ArtifactType string                   `json:"artifactType"`
	Subject      *struct{ Digest string } `json:"subject"`
}

func spec(inner http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		elems := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
		isManifest := len(elems) >= 4 && elems[0] == "v2" && elems[len(elems)-2] == "manifests"
		isReferrers := len(elems) >= 4 && elems[0] == "v2" && elems[len(elems)-2] == "referrers"
		switch {
		case isManifest && r.Method == http.MethodPut:
			body, err := io.ReadAll(r.Body)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			var m manifestFields
			if json.Unmarshal(body, &m) == nil && m.Subject != nil && m.Subject.Digest != "" {
				w.Header().Set("OCI-Subject", m.Subject.Digest)
			}
			inner.ServeHTTP(w, r)
		case isManifest && r.Method == http.MethodDelete && strings.HasPrefix(elems[len(elems)-1], "sha256:"):
			deleteWithTags(inner, w, r, strings.Join(elems[1:len(elems)-2], "/"), elems[len(elems)-1])
		case isReferrers && r.Method == http.MethodGet:
			referrers(inner, w, r, strings.Join(elems[1:len(elems)-2], "/"))
		default:
			inner.ServeHTTP(w, r)
		}
	})
}

type index struct {
	SchemaVersion int               `json:"schemaVersion"`
	MediaType     string            `json:"mediaType"`
	Manifests     []json.RawMessage `json:"manifests"`
}

// referrers answers from pkg/registry's listing, with each descriptor's artifactType taken
// from the manifest itself where it names one, and filtered by ?artifactType= (announced with
// OCI-Filters-Applied as the spec requires).
func referrers(inner http.Handler, w http.ResponseWriter, r *http.Request, repo string) {
	rec := httptest.NewRecorder()
	inner.ServeHTTP(rec, r)
	if rec.Code != http.StatusOK {
		copyResponse(w, rec)
		return
	}
	var idx index
	if err := json.Unmarshal(rec.Body.Bytes(), &idx); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	want := r.URL.Query().Get("artifactType")
	kept := []json.RawMessage{}
	for _, raw := range idx.Manifests {
		var desc map[string]any
		if err := json.Unmarshal(raw, &desc); err != nil {
			continue
		}
		digest, _ := desc["digest"].(string)
		get := httptest.NewRequest(http.MethodGet, "/v2/"+repo+"/manifests/"+digest, nil)
		got := httptest.NewRecorder()
		inner.ServeHTTP(got, get)
		var m manifestFields
		if got.Code == http.StatusOK && json.Unmarshal(got.Body.Bytes(), &m) == nil && m.ArtifactType != "" {
			desc["artifactType"] = m.ArtifactType
		}
		if want != "" && desc["artifactType"] != want {
			continue
		}
		fixed, _ := json.Marshal(desc)
		kept = append(kept, fixed)
	}
	idx.Manifests = kept
	body, _ := json.Marshal(idx)
	if want != "" {
		w.Header().Set("OCI-Filters-Applied", "artifactType")
	}
	w.Header().Set("Content-Type", "application/vnd.oci.image.index.v1+json")
	w.Header().Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

// deleteWithTags deletes a manifest and then every tag that resolved to it.
func deleteWithTags(inner http.Handler, w http.ResponseWriter, r *http.Request, repo, digest string) {
	var tagged []string
	list := httptest.NewRecorder()
	inner.ServeHTTP(list, httptest.NewRequest(http.MethodGet, "/v2/"+repo+"/tags/list", nil))
	var tags struct {
		Tags []string `json:"tags"`
	}
	if list.Code == http.StatusOK && json.Unmarshal(list.Body.Bytes(), &tags) == nil {
		for _, tag := range tags.Tags {
			head := httptest.NewRecorder()
			inner.ServeHTTP(head, httptest.NewRequest(http.MethodHead, "/v2/"+repo+"/manifests/"+tag, nil))
			if head.Code == http.StatusOK && head.Header().Get("Docker-Content-Digest") == digest {
				tagged = append(tagged, tag)
			}
		}
	}
	rec := httptest.NewRecorder()
	inner.ServeHTTP(rec, r)
	if rec.Code == http.StatusAccepted {
		for _, tag := range tagged {
			inner.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodDelete, "/v2/"+repo+"/manifests/"+tag, nil))
		}
	}
	copyResponse(w, rec)
}

func copyResponse(w http.ResponseWriter, rec *httptest.ResponseRecorder) {
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	w.Write(rec.Body.Bytes())
}
