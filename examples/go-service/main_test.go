package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHealthz(t *testing.T) {
	rec := httptest.NewRecorder()
	newHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != "ok" {
		t.Fatalf("GET /healthz = %d %q, want 200 ok", rec.Code, rec.Body.String())
	}
}

func TestHealthzRejectsPost(t *testing.T) {
	rec := httptest.NewRecorder()
	newHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/healthz", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST /healthz = %d, want 405", rec.Code)
	}
}

func TestRoot(t *testing.T) {
	rec := httptest.NewRecorder()
	newHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	var body map[string]string
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("GET / body %q is not JSON: %v", rec.Body.String(), err)
	}
	if rec.Code != http.StatusOK || body["service"] != "go-service" || body["version"] != version {
		t.Fatalf("GET / = %d %v", rec.Code, body)
	}
}

func TestUnknownPath(t *testing.T) {
	rec := httptest.NewRecorder()
	newHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/nope", nil))
	if rec.Code != http.StatusNotFound {
		t.Fatalf("GET /nope = %d, want 404", rec.Code)
	}
}

func TestHealthcheckFlag(t *testing.T) {
	server := httptest.NewServer(newHandler())
	defer server.Close()
	addr := strings.TrimPrefix(server.URL, "http://")
	if code := healthcheck(addr); code != 0 {
		t.Fatalf("healthcheck(%s) = %d, want 0", addr, code)
	}
	server.Close()
	if code := healthcheck(addr); code != 1 {
		t.Fatalf("healthcheck(%s) after close = %d, want 1", addr, code)
	}
}
